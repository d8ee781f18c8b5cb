import { join } from 'node:path'
import { cwipGradientFileSchema } from '../../../src/schema/lsoaPopulation'
import { readCsv } from '../../lib/readCsv'
import { emptyReport, type EtlContext, type SourceOutput } from '../types'
import { parseCwipGradient } from './parse'

export const CWIP_FILE = 'reference/cwip/cwip_rates_by_imd_decile_2015.csv'

/** reference/cwip_gradient.json: CWIP's national gradient, the comparison on the /gradient page. */
export async function main({ rawDir }: EtlContext): Promise<SourceOutput> {
  const table = readCsv(join(rawDir, CWIP_FILE))
  const gradient = cwipGradientFileSchema.parse(parseCwipGradient(table))
  const report = emptyReport('cwip-gradient')
  report.rowsRead = table.rows.length
  report.rowsKept = gradient.deciles.length
  report.dropped['not England'] = table.rows.length - gradient.deciles.length
  return {
    observations: [],
    indicators: [],
    reports: [report],
    files: [{ path: 'reference/cwip_gradient.json', data: gradient }],
  }
}
