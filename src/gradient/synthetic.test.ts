import { describe, expect, it } from 'vitest'
import { parseDelimited } from './csv'
import { poissonDraw, seededRandom, syntheticCsv } from './synthetic'
import { testReference } from './testReference'

describe('syntheticCsv', () => {
  const reference = testReference()

  it('is the same file every time for the same seed, and differs for another', () => {
    const a = syntheticCsv(reference.lsoa11, reference.cwip)
    expect(syntheticCsv(reference.lsoa11, reference.cwip)).toBe(a)
    expect(syntheticCsv(reference.lsoa11, reference.cwip, 1)).not.toBe(a)
  })

  it('has a row per neighbourhood with whole-number cpp and cla counts', () => {
    const [header, ...rows] = parseDelimited(syntheticCsv(reference.lsoa11, reference.cwip))
    expect(header).toEqual(['lsoa_code', 'cpp', 'cla'])
    expect(rows.map((r) => r[0])).toEqual(reference.lsoa11.codes)
    for (const r of rows) expect(Number.isInteger(Number(r[1])) && Number(r[1]) >= 0).toBe(true)
  })
})

describe('poissonDraw', () => {
  it('draws with the requested mean', () => {
    const random = seededRandom(7)
    const draws = Array.from({ length: 20_000 }, () => poissonDraw(3.5, random))
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length
    expect(mean).toBeGreaterThan(3.4)
    expect(mean).toBeLessThan(3.6)
  })
})
