import { join } from 'node:path'
import { readCsv } from '../../lib/readCsv'
import { computeMissingRates } from '../combine/computeRates'
import { ratePairsFor } from '../indicatorRelations'
import { parseLaitObservations } from '../lait/laitObservations'
import { emptyReport, type EtlContext, type Observation, type SourceOutput, type SourceReport } from '../types'
import { CIN_INDICATORS } from './indicators'
import { LAIT_DICTIONARY_FILE } from '../lait/dictionary'
import { LAIT_MEASURES, parseLaitDecimals } from './laitMeasures'
import { parseEes, EES_FILES, EES_RELEASES } from './parseEes'
import { parsePre2013, PRE_2013_FILES } from './parsePre2013'
import { toObservations } from './records'

/** Read only to compute 2010-2011 section 47 rates: three years of counts are not worth a series of their own. */
const INTERNAL_INDICATORS = new Set(['s47_count'])

/** The LAIT measures this source reads (see LAIT_MEASURES). */
export const CIN_LAIT_MEASURES = Object.values(LAIT_MEASURES)

/** Each rate and the count it is computed from where DfE published no rate (from the indicator relations). */
export const CIN_RATE_PAIRS = ratePairsFor(CIN_INDICATORS)

/** Published figures from every CIN publication in the bundle, oldest first, with a report per source. */
export function readPublishedCin({ rawDir, areas, lait }: Pick<EtlContext, 'rawDir' | 'areas' | 'lait'>): {
  observations: Observation[]
  reports: SourceReport[]
} {
  const reports = new Map<string, SourceReport>()
  const reportFor = (sourceId: string): SourceReport => {
    const report = reports.get(sourceId) ?? emptyReport(sourceId)
    reports.set(sourceId, report)
    return report
  }
  const observations: Observation[] = []

  for (const spec of PRE_2013_FILES) {
    const table = readCsv(join(rawDir, spec.path))
    const found = toObservations(parsePre2013(table, spec), areas, { sourceId: 'cin-pre-2013', release: spec.release })
    countRows(reportFor('cin-pre-2013'), table.rows.length)
    observations.push(...found)
  }
  for (const spec of EES_FILES) {
    const table = readCsv(join(rawDir, spec.path))
    const release = EES_RELEASES[spec.sourceId]
    observations.push(...toObservations(parseEes(table, spec), areas, { sourceId: spec.sourceId, release }))
    countRows(reportFor(spec.sourceId), table.rows.length)
  }
  const decimals = parseLaitDecimals(readCsv(join(rawDir, LAIT_DICTIONARY_FILE)), CIN_LAIT_MEASURES)
  const measures = Object.fromEntries(
    Object.entries(LAIT_MEASURES).map(([indicatorId, measure]) => [
      measure,
      { indicatorId, decimals: decimals.get(measure) ?? 1 },
    ]),
  )
  observations.push(...parseLaitObservations(lait, measures, areas, reportFor('lait')))
  return { observations, reports: [...reports.values()] }
}

function countRows(report: SourceReport, rows: number): void {
  report.rowsRead += rows
  report.rowsKept += rows
}

/** Children in need, child protection plans, referrals and section 47 enquiries, 2010-2025. */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const { observations: published, reports } = readPublishedCin(ctx)
  const computed = computeMissingRates(published, CIN_RATE_PAIRS, ctx.population)
  const observations = [...published, ...computed.observations]

  const notes = reports.find((r) => r.sourceId === 'lait')?.notes
  const byIndicator = new Map<string, number>()
  const computedRates = computed.observations.filter((o) => o.provenance === 'computed')
  for (const o of computedRates) byIndicator.set(o.indicatorId, (byIndicator.get(o.indicatorId) ?? 0) + 1)
  notes?.push(
    `cin: computed rates (DfE method) where none was published or the count was revised: ${[...byIndicator].map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`,
  )
  if (computed.missingDenominators.length)
    notes?.push(`cin: no 0-17 denominator, so no computed rate, for ${computed.missingDenominators.join('; ')}`)
  ctx.log(`${observations.length} observations; ${computedRates.length} computed rates`)

  return {
    observations: observations.filter((o) => !INTERNAL_INDICATORS.has(o.indicatorId)),
    indicators: CIN_INDICATORS,
    files: [],
    reports,
  }
}
