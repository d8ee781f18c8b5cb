import { lsoaDecilesFileSchema, type LsoaDecilesFile } from '../../../src/schema/geo'
import type { LsoaImd } from './lsoaImd'

/**
 * For each authority, how many of its LSOAs fall in each national IMD 2019 decile (index 0 = decile 1, most deprived).
 * Decile-1 count / total is the published "proportion of LSOAs in most deprived 10% nationally". Every code passed
 * must have an IMD row (the caller has checked).
 */
export function countLsoaDeciles(
  lsoaCodesByArea: ReadonlyMap<string, readonly string[]>,
  imd: ReadonlyMap<string, LsoaImd>,
): LsoaDecilesFile {
  const areas: LsoaDecilesFile['areas'] = {}
  for (const areaCode of [...lsoaCodesByArea.keys()].sort()) {
    const codes = lsoaCodesByArea.get(areaCode) ?? []
    const byDecile = Array.from({ length: 10 }, () => 0)
    for (const code of codes) {
      const decile = imd.get(code)?.deciles[0]
      if (decile === undefined) throw new Error(`LSOA ${code} has no IMD decile`)
      byDecile[decile - 1] = (byDecile[decile - 1] ?? 0) + 1
    }
    areas[areaCode] = { total: codes.length, byDecile }
  }
  return lsoaDecilesFileSchema.parse({ edition: 2019, areas })
}
