import { join } from 'node:path'
import { readCsv } from '../../lib/readCsv'
import { readSheet } from '../../lib/readWorkbook'
import { computeMissingRates } from '../combine/computeRates'
import { ratePairsFor } from '../indicatorRelations'
import { parseLaitObservations, type LaitMeasure } from '../lait/laitObservations'
import { emptyReport, type EtlContext, type Observation, type SourceOutput } from '../types'
import { CLA_INDICATORS } from './catalogue'
import { CLA_IDS } from './observations'
import { parseSheet2010, SHEETS_2010 } from './parse2010'
import { EES_RELEASES, parseEesRelease } from './parseEes'
import { parsePre2018Table, PRE_2018_RELEASES } from './parsePre2018'

/**
 * LAIT measure → indicator: the most recent compilation of DfE's published CLA figures (2016-2025). DfE publishes
 * CLA counts and rates as whole numbers.
 */
const LAIT_CLA_MEASURES: Readonly<Record<string, LaitMeasure>> = {
  LAC: { indicatorId: CLA_IDS.rate, decimals: 0 },
  LACnum: { indicatorId: CLA_IDS.count, decimals: 0 },
  LACnum_Start: { indicatorId: CLA_IDS.startsCount, decimals: 0 },
}
export const CLA_LAIT_MEASURES = Object.keys(LAIT_CLA_MEASURES)

/** Rates computed from counts where DfE published none (from the indicator relations; whole numbers, as published). */
export const CLA_RATE_PAIRS = ratePairsFor(CLA_INDICATORS)

/** Children looked after: counts and rates at 31 March, starts and ceased, 2010-2025. */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const pre2018 = emptyReport('cla-pre-2018')
  const ees = EES_RELEASES.map((r) => emptyReport(r.publication.sourceId))
  const lait = emptyReport('lait (CLA)')
  const computed = emptyReport('cla (computed rates)')
  const { rawDir, areas } = ctx

  const published: Observation[] = [
    ...SHEETS_2010.flatMap((spec) =>
      parseSheet2010(readSheet(join(rawDir, spec.file), spec.sheet), spec, areas, pre2018),
    ),
    ...PRE_2018_RELEASES.flatMap(({ year, release, tables }) =>
      tables.flatMap((table) =>
        parsePre2018Table(
          readCsv(join(rawDir, table.file)),
          table,
          year,
          { sourceId: 'cla-pre-2018', release },
          areas,
          pre2018,
        ),
      ),
    ),
    ...EES_RELEASES.flatMap((spec, i) =>
      parseEesRelease(
        readCsv(join(rawDir, spec.file)),
        spec,
        areas,
        ees[i] ?? emptyReport(spec.publication.sourceId),
      ).flatMap((row) => row.observations),
    ),
    ...parseLaitObservations(ctx.lait, LAIT_CLA_MEASURES, areas, lait),
  ]
  const rates = computeMissingRates(published, CLA_RATE_PAIRS, ctx.population)
  for (const { rateId } of CLA_RATE_PAIRS) {
    const n = rates.observations.filter((o) => o.indicatorId === rateId && o.provenance === 'computed').length
    computed.notes.push(`${rateId}: ${n} rates computed from counts and 0-17 populations`)
  }
  computed.notes.push(`counts without a denominator (regions before 2013): ${rates.missingDenominators.length}`)
  const observations = [...published, ...rates.observations]
  ctx.log(`${observations.length} CLA observations`)
  return { observations, indicators: CLA_INDICATORS, files: [], reports: [pre2018, ...ees, lait, computed] }
}
