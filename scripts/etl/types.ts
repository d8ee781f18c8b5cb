import type { Flag } from '../../src/schema/flags'
import type { Indicator } from '../../src/schema/indicators'
import type { SourceLocation } from '../lib/sourceError'
import type { AreaRegistry } from './areas/registry'
import type { LaitTable } from './lait/readLait'
import type { ChildPopulation } from './population/childPopulation'

/** What every source's main() is given. */
export interface EtlContext {
  /** Directory holding the raw files, laid out as data/sources.json lists them (data/raw by default). */
  rawDir: string
  areas: AreaRegistry
  /** DfE's LAIT compilation: the rows of every measure a source declares (read once per build). */
  lait: LaitTable
  /** The 0-17 denominators DfE used (read once per build). */
  population: ChildPopulation
  /** Prints one progress line. */
  log: (line: string) => void
}

/** The code used for England's published figures in observations (defined with the other area codes). */
export { ENGLAND_CODE } from '../../src/schema/areas'

/**
 * One published (or computed) figure, in long form. The combine stage (scripts/etl/combine) picks, for each
 * indicator, area and year, the observation from the most recent publication, then shapes series files.
 */
export interface Observation {
  indicatorId: string
  /** Series code of an authority (areas.json), a region code (E12…/E13…), or ENGLAND_CODE. */
  areaCode: string
  /** Year ending 31 March (FY 2024-25 = 2025); IMD edition year. */
  year: number
  value: number | null
  flag: Flag | null
  /** Source id (data/sources.json) of the publication. */
  sourceId: string
  /** Orders publications: a higher number is more recent and wins where two publications give the same figure. */
  release: number
  provenance: 'published' | 'computed'
  /** The cell it was read from (a computed figure: the cell of the figure it was computed from), where recorded. */
  origin?: SourceLocation
}

/** What each source reports after a run, printed by build-data as the reconciliation summary. */
export interface SourceReport {
  sourceId: string
  rowsRead: number
  rowsKept: number
  /** Reason → number of rows dropped for it (e.g. "regional row", "Wales"). */
  dropped: Record<string, number>
  /** Area codes or LA numbers in the file that matched no authority (each stops the build unless explained in dropped). */
  unmatched: string[]
  /** Further lines worth printing (reconciliations, checksum notes). */
  notes: string[]
}

/** A file a source writes besides series (e.g. neighbours.json, geo/utla.topo.json), already validated by the source. */
export interface ExtraFile {
  path: string
  data: unknown
}

export interface SourceOutput {
  observations: Observation[]
  indicators: Indicator[]
  files: ExtraFile[]
  reports: SourceReport[]
}

export function emptyReport(sourceId: string): SourceReport {
  return { sourceId, rowsRead: 0, rowsKept: 0, dropped: {}, unmatched: [], notes: [] }
}

/** Counts a dropped row under a reason. Mutates the report. */
export function dropRow(report: SourceReport, reason: string): void {
  report.dropped[reason] = (report.dropped[reason] ?? 0) + 1
}
