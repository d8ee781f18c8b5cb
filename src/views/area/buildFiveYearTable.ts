import { formatNumber, formatYear } from '../../charts/shared/format'
import { FLAG_LABELS, type Flag } from '../../schema/flags'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { existedIn } from '../../model/lifetimes'
import { valueAt, yearsWithFigures } from '../../model/series'
import { summariseMembersAt } from '../../model/summaries'

/** How many of the latest years the table shows, as LAIT does. */
export const FIVE_YEARS = 5

/** One cell: the figure as shown, the raw value for the CSV, and why it is missing or caveated. */
export interface FiveYearCell {
  value: number | null
  text: string
  note: string | null
}

export interface FiveYearRow {
  key: 'area' | 'neighbours' | 'region' | 'england'
  label: string
  cells: FiveYearCell[]
}

export interface FiveYearTable {
  indicator: Indicator
  years: number[]
  /** Column headings: the year at 31 March or of an edition ("2025"; the caption says which), else as written ("2024-25"). */
  yearLabels: string[]
  rows: FiveYearRow[]
}

/**
 * LAIT's comparison table for one indicator: the authority, the mean of its statistical neighbours, its region's and
 * England's published figures for the latest five years with figures. Suppressed and missing figures say why; a year
 * the authority did not exist says so; the neighbours' mean says how many had a figure.
 */
export function buildFiveYearTable(input: {
  indicator: Indicator
  series: Series
  area: Area
  neighbourCodes: readonly string[]
}): FiveYearTable | null {
  const { indicator, series, area, neighbourCodes } = input
  const years = yearsWithFigures(series).slice(-FIVE_YEARS)
  if (years.length === 0) return null
  const cell = (value: number | null, flag: Flag | null, missing: string): FiveYearCell => ({
    value,
    text: value === null ? '–' : formatNumber(value, indicator.decimals),
    note: flag ? FLAG_LABELS[flag] : value === null ? missing : null,
  })

  const rows: FiveYearRow[] = [
    {
      key: 'area',
      label: area.name,
      cells: years.map((year) => {
        if (!existedIn(area, year, indicator.yearType)) return cell(null, null, `${area.name} did not exist`)
        const { value, flag } = valueAt(series, area.code, year)
        return cell(value, flag, 'no figure published')
      }),
    },
  ]
  if (neighbourCodes.length > 0)
    rows.push({
      key: 'neighbours',
      label: 'Statistical neighbours (mean)',
      cells: years.map((year) => {
        const summary = summariseMembersAt({ series }, neighbourCodes, year, 'mean')
        const base = cell(summary.value, null, 'none of the neighbours had a figure')
        return { ...base, note: base.note ?? `${summary.withData} of ${summary.members} had data` }
      }),
    })
  const regional = series.regions?.[area.regionCode]
  if (regional)
    rows.push({
      key: 'region',
      label: area.region,
      cells: years.map((year) =>
        cell(regional[series.years.indexOf(year)] ?? null, null, 'no regional figure published'),
      ),
    })
  rows.push({
    key: 'england',
    label: 'England',
    cells: years.map((year) => {
      const i = series.years.indexOf(year)
      return cell(series.england[i] ?? null, series.englandFlags?.[i] ?? null, 'no England figure published')
    }),
  })
  const bareYear = indicator.yearType === '31 March' || indicator.yearType === 'edition'
  const yearLabels = years.map((y) => (bareYear ? String(y) : formatYear(y, indicator.yearType)))
  return { indicator, years, yearLabels, rows }
}

const CSV_COLUMNS = ['area', 'neighbours', 'region', 'england'] as const

/**
 * Every table in one CSV: a row per indicator and year, with the authority, its neighbours' mean, its region and
 * England as columns. Numbers are written at each indicator's published precision (no float noise from the mean);
 * a missing figure is an empty cell, its reason in the note column.
 */
export function fiveYearCsv(area: Area, tables: readonly FiveYearTable[]): { header: string[]; rows: string[][] } {
  const header = ['Indicator', 'Year', area.name, 'Statistical neighbours (mean)', area.region, 'England', 'Notes']
  const rows = tables.flatMap((table) =>
    table.years.map((_, i) => {
      const cells = CSV_COLUMNS.map((key) => table.rows.find((r) => r.key === key)?.cells[i])
      const notes = cells.flatMap((c, k) => (c?.note ? [`${header[k + 2]}: ${c.note}`] : []))
      return [
        table.indicator.label,
        formatYear(table.years[i] ?? 0, table.indicator.yearType),
        ...cells.map((c) => (c?.value === null || c === undefined ? '' : c.value.toFixed(table.indicator.decimals))),
        notes.join('; '),
      ]
    }),
  )
  return { header, rows }
}
