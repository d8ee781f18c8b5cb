import { formatNumber, PROSE_PERCENT_DECIMALS } from '../../charts/shared/format'
import { existedIn, type Lifetime } from '../../model/lifetimes'
import { valueAt } from '../../model/series'
import { FLAG_LABELS } from '../../schema/flags'
import { isComputedFigure, type Series } from '../../schema/series'

/** The editions the profile sets side by side, newest first, with the number of districts each ranks. */
export const PROFILE_EDITIONS = [
  { year: 2025, districts: 296, geography: '2021 neighbourhoods, 2024 districts' },
  { year: 2019, districts: 317, geography: '2011 neighbourhoods, 2019 districts' },
] as const

/** The figures the table reads (IMD series ids), in the order its rows show them. */
export const DEPRIVATION_EDITION_IDS = [
  'imd_district_rank',
  'imd_district_rank_least',
  'imd_most_deprived_10pc',
  'imd_rank',
  'imd_score',
] as const
type EditionId = (typeof DEPRIVATION_EDITION_IDS)[number]

/** One cell: the figure as text, and whether CSC Explorer computed it (else it is as published). */
export interface EditionCell {
  text: string
  computed: boolean
}

export interface EditionRow {
  label: string
  cells: EditionCell[]
}

export interface DeprivationEditions {
  headers: string[]
  rows: EditionRow[]
  anyComputed: boolean
}

type SeriesById = ReadonlyMap<string, Series>

type Authority = Lifetime & { code: string }

function cell(series: Series | undefined, area: Authority, year: number, show: (v: number) => string): EditionCell {
  if (!existedIn(area, year, 'edition')) return { text: '– (the authority did not exist then)', computed: false }
  const { value, flag } = series ? valueAt(series, area.code, year) : { value: null, flag: null }
  if (!series || value === null) {
    return { text: `– (${flag ? FLAG_LABELS[flag] : 'no figure in this edition'})`, computed: false }
  }
  return { text: show(value), computed: isComputedFigure(series, area.code, series.years.indexOf(year)) }
}

/** How many authorities a rank is out of in a year: those with a figure. */
function rankedIn(series: Series | undefined, year: number): number {
  const i = series ? series.years.indexOf(year) : -1
  if (!series || i < 0) return 0
  return Object.values(series.values).filter((v) => v[i] !== null && v[i] !== undefined).length
}

/**
 * The profile's two IMD editions side by side: rank among districts (a county's range), share of neighbourhoods in
 * the most deprived 10%, rank among upper-tier authorities, and average score. Missing figures say why; nothing is
 * shown for an edition from before the authority existed.
 */
export function buildDeprivationEditions(seriesById: SeriesById, area: Authority): DeprivationEditions {
  const get = (id: EditionId) => seriesById.get(id)
  const districtRank = (year: number, districts: number): EditionCell => {
    const most = cell(get('imd_district_rank'), area, year, (v) => formatNumber(v, 0))
    const least = cell(get('imd_district_rank_least'), area, year, (v) => formatNumber(v, 0))
    if (most.text.startsWith('–')) return most
    const range = least.text !== most.text && !least.text.startsWith('–') ? `${most.text} to ${least.text}` : most.text
    return { text: `${range} of ${districts}`, computed: most.computed }
  }
  const rows: EditionRow[] = [
    {
      label: 'Rank of average score among districts (1 = most deprived; a county: its districts’ range)',
      cells: PROFILE_EDITIONS.map((e) => districtRank(e.year, e.districts)),
    },
    {
      label: 'Share of neighbourhoods (LSOAs) in England’s most deprived 10%',
      cells: PROFILE_EDITIONS.map((e) =>
        cell(get('imd_most_deprived_10pc'), area, e.year, (v) => `${formatNumber(v, PROSE_PERCENT_DECIMALS)}%`),
      ),
    },
    {
      label: 'Rank among upper-tier authorities (1 = most deprived)',
      cells: PROFILE_EDITIONS.map((e) =>
        cell(get('imd_rank'), area, e.year, (v) => `${formatNumber(v, 0)} of ${rankedIn(get('imd_rank'), e.year)}`),
      ),
    },
    {
      label: 'IMD average score (higher = more deprived)',
      cells: PROFILE_EDITIONS.map((e) => cell(get('imd_score'), area, e.year, (v) => formatNumber(v, 3))),
    },
  ]
  return {
    headers: PROFILE_EDITIONS.map((e) => `IMD ${e.year} (${e.geography})`),
    rows,
    anyComputed: rows.some((r) => r.cells.some((c) => c.computed)),
  }
}
