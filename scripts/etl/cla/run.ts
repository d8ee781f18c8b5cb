import { readLait } from '../lait/readLait'
import { loadChildPopulation } from '../population/childPopulation'
import { emptyReport, type EtlContext, type Observation, type SourceOutput } from '../types'
import { CLA_INDICATORS } from './catalogue'
import { CLA_IDS } from './observations'
import { parse2010 } from './parse2010'
import { EES_RELEASES, parseEesRelease } from './parseEes'
import { buildLaitObservations, LAIT_CLA_MEASURES } from './parseLaitCla'
import { parsePre2018Releases } from './parsePre2018'
import { computeMissingRates } from './transform'

/** Children looked after: counts and rates at 31 March, starts and ceased, 2010-2025. */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const pre2018 = emptyReport('cla-pre-2018')
  const ees = EES_RELEASES.map((r) => emptyReport(r.publication.sourceId))
  const lait = emptyReport('lait (CLA)')
  const computed = emptyReport('cla (computed rates)')

  const published: Observation[] = [
    ...parse2010(ctx.rawDir, ctx.areas, pre2018),
    ...parsePre2018Releases(ctx.rawDir, ctx.areas, pre2018),
    ...EES_RELEASES.flatMap((spec, i) =>
      parseEesRelease(ctx.rawDir, spec, ctx.areas, ees[i] ?? emptyReport(spec.publication.sourceId)).flatMap(
        (row) => row.observations,
      ),
    ),
    ...buildLaitObservations(await readLait(ctx.rawDir, Object.keys(LAIT_CLA_MEASURES)), ctx.areas, lait),
  ]
  const population = loadChildPopulation(ctx.rawDir, ctx.areas)
  const observations = [
    ...published,
    ...computeMissingRates(published, CLA_IDS.count, CLA_IDS.rate, population, computed),
    ...computeMissingRates(published, CLA_IDS.startsCount, CLA_IDS.startsRate, population, computed),
  ]
  ctx.log(`${observations.length} CLA observations`)
  return { observations, indicators: CLA_INDICATORS, files: [], reports: [pre2018, ...ees, lait, computed] }
}
