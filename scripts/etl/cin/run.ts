import { join } from 'node:path'
import { readCsv } from '../../lib/readCsv'
import { LAIT_FILE, readLait } from '../lait/readLait'
import { loadChildPopulation } from '../population/childPopulation'
import { emptyReport, type EtlContext, type Observation, type SourceOutput, type SourceReport } from '../types'
import { computeMissingRates } from './computeRates'
import { CIN_INDICATORS } from './indicators'
import { keepInformativeFlags } from './keepInformativeFlags'
import { LAIT_MEASURES, readLaitDecimals } from './laitMeasures'
import { parseEes, EES_FILES, EES_RELEASES } from './parseEes'
import { parseLaitCin } from './parseLaitCin'
import { parsePre2013, PRE_2013_FILES } from './parsePre2013'
import { toObservations } from './records'

/** Read only to compute 2010-2011 section 47 rates: three years of counts are not worth a series of their own. */
const INTERNAL_INDICATORS = new Set(['s47_count'])

/** Published figures from every CIN publication in the bundle, oldest first, with a report per source. */
export async function readPublishedCin({ rawDir, areas }: Pick<EtlContext, 'rawDir' | 'areas'>): Promise<{
  observations: Observation[]
  reports: SourceReport[]
}> {
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
  const measures = Object.values(LAIT_MEASURES)
  const laitRows = await readLait(rawDir, measures)
  const decimals = readLaitDecimals(rawDir, measures)
  observations.push(...parseLaitCin(laitRows, LAIT_MEASURES, decimals, areas, join(rawDir, LAIT_FILE)))
  countRows(reportFor('lait'), laitRows.length)
  return { observations, reports: [...reports.values()] }
}

function countRows(report: SourceReport, rows: number): void {
  report.rowsRead += rows
  report.rowsKept += rows
}

/** Children in need, child protection plans, referrals and section 47 enquiries, 2010-2025. */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const { observations: published, reports } = await readPublishedCin(ctx)
  const population = loadChildPopulation(ctx.rawDir, ctx.areas)
  const computed = computeMissingRates(published, population)
  const { observations, droppedBlanks } = keepInformativeFlags([...published, ...computed.observations], ctx.areas)

  const notes = reports.find((r) => r.sourceId === 'lait')?.notes
  notes?.push(
    `cin: ${droppedBlanks} LAIT "-" cells dropped where an older publication has the figure or a more informative flag, or the authority did not exist`,
  )
  const byIndicator = new Map<string, number>()
  const computedRates = computed.observations.filter((o) => o.provenance === 'computed')
  for (const o of computedRates) byIndicator.set(o.indicatorId, (byIndicator.get(o.indicatorId) ?? 0) + 1)
  notes?.push(
    `cin: computed rates (DfE method) where none was published: ${[...byIndicator].map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`,
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
