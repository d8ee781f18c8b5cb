import { main as cin } from './cin/run'
import { main as cla } from './cla/run'
import { main as cwip } from './cwip/run'
import { main as deflators } from './deflators/run'
import { main as geo } from './geo/run'
import { main as imd } from './imd/run'
import { main as lowIncome } from './lowIncome/run'
import { main as lsoaPopulation } from './lsoaPopulation/run'
import { main as neighbours } from './neighbours/run'
import { main as population } from './population/run'
import { main as spend } from './spend/run'
import type { EtlContext, SourceOutput } from './types'

/** One ETL step: reads its raw files and returns observations, indicator definitions and extra files. */
export interface EtlSource {
  id: string
  main: (ctx: EtlContext) => Promise<SourceOutput>
}

/** Every source build-data runs, in order. Each entry lives in scripts/etl/<id>/run.ts. */
export const ETL_SOURCES: EtlSource[] = [
  { id: 'neighbours', main: neighbours },
  { id: 'population', main: population },
  { id: 'cla', main: cla },
  { id: 'cin', main: cin },
  { id: 'imd', main: imd },
  { id: 'geo', main: geo },
  { id: 'low-income', main: lowIncome },
  { id: 'deflators', main: deflators },
  { id: 'spend', main: spend },
  { id: 'lsoa-population', main: lsoaPopulation },
  { id: 'cwip-gradient', main: cwip },
]
