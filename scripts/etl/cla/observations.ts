import type { Cell } from '../../lib/cells'
import { SourceError, type SourceLocation } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { dropRow, type Observation, type SourceReport } from '../types'

/** The CLA indicators this source produces. */
export const CLA_IDS = {
  count: 'cla_count',
  rate: 'cla_rate',
  startsCount: 'cla_starts_count',
  startsRate: 'cla_starts_rate',
  ceasedCount: 'cla_ceased_count',
} as const
export type ClaIndicatorId = (typeof CLA_IDS)[keyof typeof CLA_IDS]

/** Where a figure came from: the publication (source id + release date as YYYYMMDD, day approximate). */
export interface Publication {
  sourceId: string
  release: number
}

export function publishedObservation(
  indicatorId: ClaIndicatorId,
  areaCode: string,
  year: number,
  cell: Cell,
  publication: Publication,
  origin?: SourceLocation,
): Observation {
  const observation: Observation = {
    indicatorId,
    areaCode,
    year,
    value: cell.value,
    flag: cell.flag,
    ...publication,
    provenance: 'published',
  }
  return origin ? { ...observation, origin } : observation
}

/**
 * Drops a placeholder row for a year its authority did not exist (counted in the report) and returns true. A real
 * figure for an authority that did not exist that year stops the ETL: the file or the lineage table is wrong.
 */
export function isOutsideLifespan(
  areas: AreaRegistry,
  areaCode: string,
  year: number,
  cell: Cell,
  report: SourceReport,
  at: SourceLocation,
): boolean {
  // CLA figures are at 31 March or for the year ending then.
  if (areas.existedIn(areaCode, year, '31 March')) return false
  if (cell.value !== null)
    throw new SourceError(at, `a figure (${cell.value}) for ${areaCode} in ${year}, a year the authority did not exist`)
  dropRow(report, 'authority did not exist that year (placeholder cell)')
  return true
}
