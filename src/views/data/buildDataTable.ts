import type { Area } from '../../schema/areas'
import { FLAG_LABELS, type Flag } from '../../schema/flags'
import type { NeighboursFile } from '../../schema/neighbours'
import type { Series } from '../../schema/series'
import type { GroupId } from '../../state/dashboardState'

/** One row of the data table and its CSV. */
export interface DataRow {
  areaCode: string
  areaName: string
  region: string
  year: number
  value: number | null
  flag: Flag | null
}

export type SortKey = 'areaName' | 'region' | 'value'
export type SortDirection = 'ascending' | 'descending'

/**
 * The authorities a data table lists: every current authority (group "all", or no area chosen), the chosen
 * area's region, or the area and its DfE 2025 statistical neighbours. The chosen area always comes first.
 */
export function selectAreas(
  areas: readonly Area[],
  group: GroupId,
  areaCode: string | null,
  neighbours: NeighboursFile | null,
): Area[] {
  const current = areas.filter((a) => a.status === 'current')
  const chosen = areaCode ? areas.find((a) => a.code === areaCode) : undefined
  if (!chosen || group === 'all') return current
  if (group === 'region') return current.filter((a) => a.regionCode === chosen.regionCode)
  const codes = (neighbours?.dfe2025[chosen.code] ?? []).map((n) => n.code)
  return [chosen, ...codes.flatMap((c) => areas.filter((a) => a.code === c))]
}

/** Rows for one year of a series, missing areas as null values (never 0). */
export function buildDataRows(series: Series, areas: readonly Area[], year: number): DataRow[] {
  const i = series.years.indexOf(year)
  return areas.map((a) => ({
    areaCode: a.code,
    areaName: a.name,
    region: a.region,
    year,
    value: i >= 0 ? (series.values[a.code]?.[i] ?? null) : null,
    flag: i >= 0 ? (series.flags?.[a.code]?.[i] ?? null) : null,
  }))
}

/** Sorts rows (a copy); missing values always sort last whichever the direction, names break ties. */
export function sortDataRows(rows: readonly DataRow[], key: SortKey, direction: SortDirection): DataRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    if (key === 'value') {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.areaName.localeCompare(b.areaName) : a.value === null ? 1 : -1
      return sign * (a.value - b.value) || a.areaName.localeCompare(b.areaName)
    }
    return sign * a[key].localeCompare(b[key]) || a.areaName.localeCompare(b.areaName)
  })
}

/** CSV columns: codes and numbers unformatted, the flag and its meaning spelled out. */
export function buildDataCsvRows(rows: readonly DataRow[], indicatorId: string) {
  return {
    header: ['area_code', 'area_name', 'region', 'indicator_id', 'year', 'value', 'flag', 'flag_meaning'],
    rows: rows.map((r) => [
      r.areaCode,
      r.areaName,
      r.region,
      indicatorId,
      r.year,
      r.value,
      r.flag,
      r.flag ? FLAG_LABELS[r.flag] : null,
    ]),
  }
}
