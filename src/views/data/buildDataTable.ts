import { formatYear, unitHeading } from '../../charts/shared/format'
import { ENGLAND_CODE, type Area } from '../../schema/areas'
import { FLAG_LABELS, type Flag } from '../../schema/flags'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { summariseGroup } from '../../stats/groupSummary'
import type { SortDirection } from '../shared/sorting'

/** What a row is: an authority's figure, a published comparator (England, a region), or the group mean we compute. */
export const ROW_KINDS = ['authority', 'england', 'region', 'summary'] as const
export type RowKind = (typeof ROW_KINDS)[number]
export const ROW_KIND_LABELS: Record<RowKind, string> = {
  authority: 'authority',
  england: 'England (published)',
  region: 'region (published)',
  summary: 'group mean (computed)',
}
export const ENGLAND = { areaCode: ENGLAND_CODE, areaName: 'England (published)' } as const

/** One indicator's file and catalogue entry. */
export interface TableIndicator {
  indicator: Indicator
  series: Series
}

/** Everything a /data table is built from (all already loaded and chosen). */
export interface DataTableInput {
  indicators: readonly TableIndicator[]
  sources: Manifest['sources']
  /** Authorities listed, in order. */
  areas: readonly Area[]
  from: number
  to: number
  /** Regions whose published figures are listed; name already says "(published)"-free, e.g. "North East". */
  regions: readonly { code: string; name: string }[]
  /** The group mean: label and the members it averages (City of London and Isles of Scilly already taken out). */
  summary: { label: string; memberCodes: readonly string[] } | null
}

/** A figure as shown: the value, or null with the flag and a note saying why; summaries say how many had data. */
export interface DataCell {
  value: number | null
  flag: Flag | null
  /** Flag meaning, "no figure in the source", or "9 of 10 had data" for a group mean. */
  note: string | null
}

interface RowHead {
  kind: RowKind
  /** GSS code ('' for a group mean). */
  areaCode: string
  areaName: string
}

/** One column of a table: an indicator in a year it has. */
export interface DataColumn {
  indicator: Indicator
  year: number
  /** "2024-25", "year ending 31 March 2025", "2019 edition". */
  period: string
  /** Publisher and title of the source of that year's figures. */
  source: string
}

/** A long-layout row: one area, one indicator, one year. */
export type LongRow = RowHead & DataCell & { column: DataColumn }
/** A wide-layout row: one area, a cell per column. */
export type WideRow = RowHead & { cells: DataCell[] }

/** Rows split into the authorities (sortable) and the comparators shown after them (England, regions, group mean). */
export interface DataTable<R> {
  columns: DataColumn[]
  body: R[]
  reference: R[]
}

const NO_FIGURE = 'no figure in the source'

/** Columns: each chosen indicator (in the order chosen) in each year its series has within the range. */
export function buildColumns(input: Pick<DataTableInput, 'indicators' | 'sources' | 'from' | 'to'>): DataColumn[] {
  const sourceNames = new Map(input.sources.map((s) => [s.id, `${s.publisher}, ${s.title}`]))
  return input.indicators.flatMap(({ indicator, series }) =>
    series.years.flatMap((year, i) => {
      if (year < input.from || year > input.to) return []
      const id = series.yearSources[i] ?? 'unknown'
      const computed =
        series.yearProvenance[i] !== 'computed'
          ? ''
          : series.computedAreas?.[String(year)]
            ? ` (${series.computedAreas[String(year)]?.length} authorities' figures computed by CSC Explorer, see methods)`
            : ' (computed by CSC Explorer, see methods)'
      return [
        {
          indicator,
          year,
          period: formatYear(year, indicator.yearType),
          source: `${sourceNames.get(id) ?? id}${computed}`,
        },
      ]
    }),
  )
}

/** A published figure (authority, England or region) with its flag; a null never goes out without a reason. */
function publishedCell(
  values: readonly (number | null)[] | undefined,
  flags: readonly (Flag | null)[] | undefined,
  i: number,
  missing = NO_FIGURE,
): DataCell {
  const value = values?.[i] ?? null
  const flag = flags?.[i] ?? null
  return { value, flag, note: flag ? FLAG_LABELS[flag] : value === null ? missing : null }
}

/** Rounds a computed mean to the indicator's published decimals, the precision it is shown with. */
function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals))
}

/**
 * Builds the rows of a table, one cell per column per row. The group mean is the mean of the members with data
 * (stats/groupSummary), rounded to the published decimals, noting "n of m had data".
 */
function buildCells(input: DataTableInput, columns: readonly DataColumn[]) {
  const byId = new Map(input.indicators.map((t) => [t.indicator.id, t.series]))
  const at = columns.map((c) => {
    const series = byId.get(c.indicator.id)
    return { series, i: series ? series.years.indexOf(c.year) : -1 }
  })
  const areaCells = (code: string) =>
    at.map(({ series, i }) => publishedCell(series?.values[code], series?.flags?.[code], i))
  const body: WideRow[] = input.areas.map((a) => ({
    kind: 'authority',
    areaCode: a.code,
    areaName: a.name,
    cells: areaCells(a.code),
  }))
  const reference: WideRow[] = [
    {
      kind: 'england',
      ...ENGLAND,
      cells: at.map(({ series, i }) => publishedCell(series?.england, series?.englandFlags, i)),
    },
    ...input.regions.map((r): WideRow => ({
      kind: 'region',
      areaCode: r.code,
      areaName: `${r.name} (published)`,
      cells: at.map(({ series, i }) =>
        publishedCell(series?.regions?.[r.code], undefined, i, 'no published regional figure'),
      ),
    })),
  ]
  const { summary } = input
  if (summary) {
    reference.push({
      kind: 'summary',
      areaCode: '',
      areaName: summary.label,
      cells: at.map(({ series, i }, c) => {
        const members = summary.memberCodes.map((code) => ({ value: series?.values[code]?.[i] ?? null }))
        const result = summariseGroup(members, 'mean')
        const decimals = columns[c]?.indicator.decimals ?? 0
        return {
          value: result.value === null ? null : roundTo(result.value, decimals),
          flag: null,
          note: `${result.withData} of ${result.members} had data`,
        }
      }),
    })
  }
  return { body, reference }
}

/** Wide layout: one row per area, a cell per indicator × year. */
export function buildWideTable(input: DataTableInput): DataTable<WideRow> {
  const columns = buildColumns(input)
  return { columns, ...buildCells(input, columns) }
}

/** Long layout: one row per area × indicator × year, ordered by indicator, then area (as listed), then year. */
export function buildLongTable(input: DataTableInput): DataTable<LongRow> {
  const wide = buildWideTable(input)
  // Columns come grouped by indicator in the order chosen; each indicator's block goes out area by area, years in order.
  const blocks = new Map<string, number[]>()
  wide.columns.forEach((column, j) => blocks.set(column.indicator.id, [...(blocks.get(column.indicator.id) ?? []), j]))
  const lengthen = (rows: readonly WideRow[]): LongRow[] => {
    const out: LongRow[] = []
    for (const block of blocks.values())
      for (const row of rows)
        for (const j of block) {
          const cell = row.cells[j]
          const column = wide.columns[j]
          if (cell && column)
            out.push({ kind: row.kind, areaCode: row.areaCode, areaName: row.areaName, ...cell, column })
        }
    return out
  }
  return { columns: wide.columns, body: lengthen(wide.body), reference: lengthen(wide.reference) }
}

/** Sortable fields: the area's name or code, and (long layout) indicator, year and value, or (wide) a column's value. */
export type LongSortKey = 'area' | 'code' | 'indicator' | 'year' | 'value'
export type WideSortKey = 'area' | 'code' | number

const collator = new Intl.Collator('en-GB')

/** Missing values sort last whichever the direction; ties keep the table's own order (a stable sort). */
function compareValues(a: number | null, b: number | null, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return sign * (a - b)
}

export function sortLongRows(rows: readonly LongRow[], key: LongSortKey, direction: SortDirection): LongRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  const compare: (a: LongRow, b: LongRow) => number = {
    area: (a: LongRow, b: LongRow) => sign * collator.compare(a.areaName, b.areaName),
    code: (a: LongRow, b: LongRow) => sign * collator.compare(a.areaCode, b.areaCode),
    indicator: (a: LongRow, b: LongRow) => sign * collator.compare(a.column.indicator.label, b.column.indicator.label),
    year: (a: LongRow, b: LongRow) => sign * (a.column.year - b.column.year),
    value: (a: LongRow, b: LongRow) => compareValues(a.value, b.value, sign),
  }[key]
  return [...rows].sort(compare)
}

export function sortWideRows(rows: readonly WideRow[], key: WideSortKey, direction: SortDirection): WideRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  if (typeof key === 'number')
    return [...rows].sort((a, b) => compareValues(a.cells[key]?.value ?? null, b.cells[key]?.value ?? null, sign))
  return [...rows].sort(
    (a, b) =>
      sign * collator.compare(key === 'area' ? a.areaName : a.areaCode, key === 'area' ? b.areaName : b.areaCode),
  )
}

/** Above this many cells a page would stall; the table shows the first rows that fit and the CSV has them all. */
export const MAX_RENDERED_CELLS = 12_000

/** How many rows of a table with `cellsPerRow` cells to render (at least one). */
export function countRenderedRows(total: number, cellsPerRow: number): number {
  return Math.min(total, Math.max(1, Math.floor(MAX_RENDERED_CELLS / Math.max(1, cellsPerRow))))
}

/** A column's key in URLs and CSV headers: "cla_rate_2025" (year ending 31 March, or the edition year). */
export function columnKey(column: DataColumn): string {
  return `${column.indicator.id}_${column.year}`
}

/** A column heading: "Children looked after per 10,000 (per 10,000 children), 2024-25". */
export function describeColumn(column: DataColumn): string {
  return `${column.indicator.shortLabel} (${unitHeading(column.indicator)}), ${column.period}`
}

const LONG_SORT_KEYS: readonly LongSortKey[] = ['area', 'code', 'indicator', 'year', 'value']

/** A long-layout sort key from the URL, or null when the key is not one of its columns. */
export function toLongSortKey(key: string): LongSortKey | null {
  return LONG_SORT_KEYS.find((k) => k === key) ?? null
}

/** A wide-layout sort key from the URL: area, code, or the index of the column "cla_rate_2025"; null if absent. */
export function toWideSortKey(key: string, columns: readonly DataColumn[]): WideSortKey | null {
  if (key === 'area' || key === 'code') return key
  const index = columns.findIndex((c) => columnKey(c) === key)
  return index >= 0 ? index : null
}
