import type { CwipGradientFile } from '../../../src/schema/lsoaPopulation'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/**
 * The published range of the average gradient (rate multiplier per step of deprivation) across English authorities:
 * Webb et al. (2020), Children and Youth Services Review 111:104849, as quoted in the raw bundle's README.
 */
export const PUBLISHED_GRADIENT_RANGE: [number, number] = [1.55, 1.75]

/**
 * CWIP's England 2015 rates by IMD 2015 decile (reference/cwip/cwip_rates_by_imd_decile_2015.csv). Its deciles run
 * the other way from the IoD's (10 = most deprived), so they are renumbered here, once: IoD decile = 11 − CWIP decile.
 */
export function parseCwipGradient(table: CsvTable): CwipGradientFile {
  const cols = requireColumns(table, [
    'country',
    'imd_decile_10_most_deprived',
    'cpp_rate_per_10000',
    'cla_rate_per_10000',
  ])
  const deciles: CwipGradientFile['deciles'] = []
  for (const [i, row] of table.rows.entries()) {
    if ((row[cols.country] ?? '').trim() !== 'England') continue
    const line = table.firstRowNumber + i
    const read = (index: number, column: string, integer = false) => {
      const text = (row[index] ?? '').trim()
      const value = Number(text)
      if (text === '' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value)))
        throw new SourceError({ file: table.file, row: line, column }, `expected a number, found "${text}"`)
      return value
    }
    const cwipDecile = read(cols.imd_decile_10_most_deprived, 'imd_decile_10_most_deprived', true)
    if (cwipDecile < 1 || cwipDecile > 10)
      throw new SourceError(
        { file: table.file, row: line, column: 'imd_decile_10_most_deprived' },
        `no decile ${cwipDecile}`,
      )
    deciles.push({
      decile: 11 - cwipDecile,
      cpp: read(cols.cpp_rate_per_10000, 'cpp_rate_per_10000'),
      cla: read(cols.cla_rate_per_10000, 'cla_rate_per_10000'),
    })
  }
  deciles.sort((a, b) => a.decile - b.decile)
  if (deciles.map((d) => d.decile).join() !== '1,2,3,4,5,6,7,8,9,10')
    throw new SourceError(
      { file: table.file, column: 'imd_decile_10_most_deprived' },
      'expected England deciles 1-10 once each',
    )
  return {
    source:
      'Child Welfare Inequalities Project: Bywaters, P. and the CWIP Team (2020), The Child Welfare Inequalities Project: Final Report, Nuffield Foundation. England, 31 March 2015, children per 10,000 by IMD 2015 decile of the neighbourhood.',
    year: 2015,
    deciles,
    publishedRange: PUBLISHED_GRADIENT_RANGE,
  }
}
