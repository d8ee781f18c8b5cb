import { join } from 'node:path'
import { readCsv } from '../../lib/readCsv'
import type { AreaRegistry } from '../areas/registry'
import {
  buildChildPopulation,
  POPULATION_SERIES,
  type ChildPopulation,
  type ChildPopulationTables,
} from './childPopulation'
import { PRE_2013_POPULATION_FILES } from './parse'

/** Reads the population files from the raw bundle (the only place this source touches the file system). */
export function readChildPopulationTables(rawDir: string): ChildPopulationTables {
  return {
    pre2013: PRE_2013_POPULATION_FILES.map(({ file, midYear }) => ({ table: readCsv(join(rawDir, file)), midYear })),
    onsPreCensus2021: readCsv(join(rawDir, POPULATION_SERIES.onsPreCensus2021.file)),
    onsCensus2021Rebased: readCsv(join(rawDir, POPULATION_SERIES.onsCensus2021Rebased.file)),
  }
}

/** Reads the three 0-17 series from the raw bundle. Bad input stops with file, row and column. */
export function loadChildPopulation(rawDir: string, areas: AreaRegistry): ChildPopulation {
  return buildChildPopulation(readChildPopulationTables(rawDir), areas)
}
