import { describe, expect, it } from 'vitest'
import { indicatorSchema } from './indicators'

const base = {
  id: 'x_pct',
  label: 'X (%)',
  shortLabel: 'X',
  topic: 'deprivation',
  unit: '%',
  decimals: 1,
  polarity: 'higher-is-worse',
  yearType: 'financial year',
  source: ['s'],
  definition: 'd',
}

describe('indicatorSchema breaks', () => {
  it('is optional', () => {
    expect(indicatorSchema.parse(base)).toEqual(base)
  })

  it('carries methodology breaks as a year and a note', () => {
    const withBreak = { ...base, breaks: [{ year: 2022, note: 'revised method' }] }
    expect(indicatorSchema.parse(withBreak).breaks).toEqual([{ year: 2022, note: 'revised method' }])
  })

  it('rejects a break without a whole year, without a note or with unknown keys', () => {
    expect(indicatorSchema.safeParse({ ...base, breaks: [{ year: 2022.5, note: 'n' }] }).success).toBe(false)
    expect(indicatorSchema.safeParse({ ...base, breaks: [{ year: 2022 }] }).success).toBe(false)
    expect(indicatorSchema.safeParse({ ...base, breaks: [{ year: 2022, note: 'n', kind: 'x' }] }).success).toBe(false)
  })
})
