import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { errorFrom } from '../testing/errorFrom'
import { parseCwipGradient } from './parse'

const rows = (country: string) =>
  Array.from({ length: 10 }, (_, i) => `"${country}",${i + 1},${10 * (i + 1)},${11 * (i + 1)}`)
const CSV = [
  '"country","imd_decile_10_most_deprived","cpp_rate_per_10000","cla_rate_per_10000"',
  ...rows('England'),
  ...rows('Wales'),
].join('\n')

describe('parseCwipGradient', () => {
  it("keeps England and renumbers CWIP's deciles (10 = most deprived) to the IoD's (1 = most deprived)", () => {
    const file = parseCwipGradient(parseCsvText(CSV, 'cwip.csv'))
    expect(file.deciles[0]).toEqual({ decile: 1, cpp: 100, cla: 110 })
    expect(file.deciles[9]).toEqual({ decile: 10, cpp: 10, cla: 11 })
    expect(file.publishedRange).toEqual([1.55, 1.75])
  })

  it('a missing decile stops the build', () => {
    const text = CSV.replace('"England",3,30,33\n', '')
    expect(errorFrom(() => parseCwipGradient(parseCsvText(text, 'cwip.csv'))).message).toBe(
      'cwip.csv, column "imd_decile_10_most_deprived": expected England deciles 1-10 once each',
    )
  })
})
