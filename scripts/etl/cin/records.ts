import type { Cell } from '../../lib/cells'
import type { SourceLocation } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { ENGLAND_CODE, type Observation } from '../types'

/** Where a figure in a CIN file belongs, before it is matched to a series code (region codes already checked). */
export type Place = { kind: 'authority'; laNumber: number } | { kind: 'region'; code: string } | { kind: 'england' }

/** One figure read from a source cell, with the cell's location for error messages. */
export interface CinRecord {
  indicatorId: string
  place: Place
  /** Year ending 31 March. */
  year: number
  cell: Cell
  at: SourceLocation
}

/** The publication a set of records comes from. */
export interface Publication {
  sourceId: string
  /** Publication date as YYYYMMDD (most recent wins in build-data). */
  release: number
}

/**
 * Matches records to series codes: authorities by DfE LA number (an unknown number stops the ETL naming file, row
 * and column), regions by their E12/E13 code, national rows to ENGLAND_CODE.
 */
export function toObservations(
  records: readonly CinRecord[],
  areas: AreaRegistry,
  { sourceId, release }: Publication,
): Observation[] {
  return records.map((record) => ({
    indicatorId: record.indicatorId,
    areaCode: areaCodeOf(record, areas),
    year: record.year,
    value: record.cell.value,
    flag: record.cell.flag,
    sourceId,
    release,
    provenance: 'published',
    origin: record.at,
  }))
}

function areaCodeOf({ place, at }: CinRecord, areas: AreaRegistry): string {
  switch (place.kind) {
    case 'authority':
      return areas.requireLaNumber(place.laNumber, at).code
    case 'region':
      return place.code
    case 'england':
      return ENGLAND_CODE
  }
}
