import { CIN_LAIT_MEASURES, main as cin } from './cin/run'
import { CLA_LAIT_MEASURES, main as cla } from './cla/run'
import { main as cwip } from './cwip/run'
import { main as deflators } from './deflators/run'
import { main as geo } from './geo/run'
import { main as imd } from './imd/run'
import { main as iod2025 } from './iod2025/run'
import { laitCatalogueMeasures, main as laitCatalogue } from './lait/run'
import { LOW_INCOME_LAIT_MEASURES, main as lowIncome } from './lowIncome/run'
import { main as lsoaPopulation } from './lsoaPopulation/run'
import { main as neighbours } from './neighbours/run'
import { main as population } from './population/run'
import { main as spend, SPEND_LAIT_MEASURES } from './spend/run'
import type { EtlContext, SourceOutput } from './types'

/** One ETL step: parses its raw files and returns observations, indicator definitions and extra files. */
export interface EtlSource {
  id: string
  main: (ctx: EtlContext) => Promise<SourceOutput>
  /**
   * The LAIT measures it reads from ctx.lait (build-data reads the Parquet file once, for all of them): a list, or
   * worked out from the raw files (the catalogue of LAIT measures takes them from the data dictionary).
   */
  laitMeasures?: readonly string[] | ((rawDir: string) => readonly string[])
  /** Whether it uses ctx.population (the 0-17 denominators, read once by build-data). */
  usesPopulation?: boolean
}

/** Every source build-data runs, in order. Each entry lives in scripts/etl/<id>/run.ts. */
export const ETL_SOURCES: EtlSource[] = [
  { id: 'neighbours', main: neighbours },
  { id: 'population', main: population, usesPopulation: true },
  { id: 'cla', main: cla, laitMeasures: CLA_LAIT_MEASURES, usesPopulation: true },
  { id: 'cin', main: cin, laitMeasures: CIN_LAIT_MEASURES, usesPopulation: true },
  { id: 'imd', main: imd },
  { id: 'iod2025', main: iod2025 },
  { id: 'geo', main: geo },
  { id: 'low-income', main: lowIncome, laitMeasures: LOW_INCOME_LAIT_MEASURES },
  { id: 'deflators', main: deflators },
  { id: 'spend', main: spend, laitMeasures: SPEND_LAIT_MEASURES, usesPopulation: true },
  { id: 'lait', main: laitCatalogue, laitMeasures: laitCatalogueMeasures },
  { id: 'lsoa-population', main: lsoaPopulation },
  { id: 'cwip-gradient', main: cwip },
]

/** Every LAIT measure the sources read, each once, sorted. May throw SourceError (a dictionary that cannot be read). */
export function declaredLaitMeasures(rawDir: string): string[] {
  const lists = ETL_SOURCES.map((s) =>
    typeof s.laitMeasures === 'function' ? s.laitMeasures(rawDir) : (s.laitMeasures ?? []),
  )
  return [...new Set(lists.flat())].sort()
}
