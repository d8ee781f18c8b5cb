import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SourceError } from '../../lib/sourceError'
import { LAIT_FILE, LAIT_RELEASE, readLait } from '../lait/readLait'
import { emptyReport, type EtlContext, type SourceOutput } from '../types'
import { LOW_INCOME_INDICATORS } from './indicators'
import { parseCilifText } from './parse'
import {
  buildCountObservations,
  buildPercentObservations,
  DWP_SOURCE_ID,
  LAIT_MEASURE,
  LAIT_SOURCE_ID,
} from './transform'

/** All children (0-19) in relative low income, before housing costs, FY 2014-15 to 2021-22 (p). */
export const CILIF_FILE = 'low-income/dwp-cilif-2015-22/children-relative-low-income-0-19-2015-22-code.csv'

/** Builds children_low_income_count (DWP 2022 release) and children_low_income_pct (DWP via LAIT, FY 2021-22 on). */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const countReport = emptyReport(DWP_SOURCE_ID)
  const file = join(ctx.rawDir, CILIF_FILE)
  const table = parseCilifText(readText(file), file)
  const counts = buildCountObservations(table, ctx.areas, file, countReport)
  const provisional = table.years.filter((y) => y.isProvisional).map((y) => y.label)
  countReport.notes.push(
    `children_low_income_count: ${table.years[0]?.label}-${table.years.at(-1)?.label}, provisional: ${provisional.join(', ') || 'none'}`,
  )

  const pctReport = emptyReport(`${LAIT_SOURCE_ID} (${LAIT_MEASURE})`)
  const laitRows = await readLait(ctx.rawDir, [LAIT_MEASURE])
  const percents = buildPercentObservations(laitRows, ctx.areas, join(ctx.rawDir, LAIT_FILE), LAIT_RELEASE, pctReport)
  ctx.log(`${counts.length} counts, ${percents.length} percentages`)
  return {
    observations: [...counts, ...percents],
    indicators: LOW_INCOME_INDICATORS,
    files: [],
    reports: [countReport, pctReport],
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    throw new SourceError({ file }, 'file not found or unreadable')
  }
}
