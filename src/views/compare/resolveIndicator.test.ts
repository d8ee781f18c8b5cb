import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../schema/indicators'
import { resolveIndicator } from './resolveIndicator'

const indicator = (id: string): Indicator => ({
  id,
  label: id,
  shortLabel: id,
  topic: 'intervention',
  unit: 'rate per 10,000',
  decimals: 1,
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
  source: ['x'],
  definition: 'x',
})

describe('resolveIndicator', () => {
  it("uses the URL's indicator when the catalogue has it", () => {
    expect(resolveIndicator([indicator('cin_rate'), indicator('s47_rate')], 's47_rate')?.id).toBe('s47_rate')
  })
  it('falls back to the first intervention rate the catalogue has, then to anything, then to null', () => {
    expect(resolveIndicator([indicator('s47_rate'), indicator('cin_rate')], 'cla_rate')?.id).toBe('cin_rate')
    expect(resolveIndicator([indicator('s47_rate')], 'cla_rate')?.id).toBe('s47_rate')
    expect(resolveIndicator([], 'cla_rate')).toBeNull()
  })
})
