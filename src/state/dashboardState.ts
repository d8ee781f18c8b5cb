import type { Area } from '../schema/areas'
import { DEFLATOR_IDS, type DeflatorId } from '../schema/deflators'
import type { Indicator } from '../schema/indicators'
import { GROUP_LABELS, GROUPS, type GroupId } from '../model/comparatorGroups'
import { SUMMARY_METHODS, type SummaryMethod } from '../stats/groupSummary'

/** The deprivation measure the deprivation lens plots against (indicator ids imd_score and idaci_score). */
export const MEASURES = ['imd', 'idaci'] as const
export type MeasureId = (typeof MEASURES)[number]

/** How /data lays out several indicators and years: one row per area, indicator and year, or years across. */
export const LAYOUTS = ['long', 'wide'] as const
export type LayoutId = (typeof LAYOUTS)[number]

/** A switch written in the URL as a word, so a link reads "regions=yes" rather than "regions=1". */
export const YES_NO = ['yes', 'no'] as const
export type YesNo = (typeof YES_NO)[number]

/** Everything a shared link reproduces. Route params (e.g. /area/:code) live in the path, not here. */
export interface DashboardState {
  /** Selected authority (current series code), or null for none. */
  area: string | null
  /** Indicator shown by maps, rankings and tables. */
  indicator: string
  /** Year ending 31 March (or edition); null = the latest year the indicator has. */
  year: number | null
  /** Comparator group. */
  group: GroupId
  /** Extra authorities to draw alongside the selected one, in the order chosen. */
  compare: string[]
  /** Comparator group summary: mean of authorities (LAIT's default), median or pooled rate. */
  summary: SummaryMethod
  /** Deprivation measure for the deprivation lens. */
  measure: MeasureId
  /** Price index for real-terms spending (deflators.json ids; the GDP deflator unless the user picks the SPPI). */
  deflator: DeflatorId
  /** Indicators listed together on /data, in the order chosen (empty = just `indicator`). */
  indicators: string[]
  /**
   * First and last year of a range on /data (year ending 31 March or edition); null = the indicators' first / last,
   * and both null = the latest year only (or `year`, for links made before ranges existed).
   */
  from: number | null
  to: number | null
  /** /data table layout. */
  layout: LayoutId
  /** /data: whether a neighbour or region list includes the chosen authority itself. */
  self: YesNo
  /** /data: whether the published regional figures are listed beside England's. */
  regions: YesNo
  /** /data: the column the table is sorted by ("value", "area", "cla_rate_2025"), "-desc" for descending; null = as listed. */
  sort: string | null
}

export const DEFAULT_INDICATOR = 'cla_rate'
/** More lines than the categorical palette has colours would be unreadable. */
export const MAX_COMPARE = 5
/** /data lists any number of chosen authorities (a table has no palette), so its custom list may hold every one. */
export const MAX_DATA_COMPARE = 200
/** A table of more indicators than this would be too wide to read (and the page loads one file per indicator). */
export const MAX_INDICATORS = 12

export const DEFAULT_STATE: DashboardState = {
  area: null,
  indicator: DEFAULT_INDICATOR,
  year: null,
  group: 'neighbours',
  compare: [],
  summary: 'mean',
  measure: 'imd',
  deflator: 'gdp',
  indicators: [],
  from: null,
  to: null,
  layout: 'long',
  self: 'yes',
  regions: 'no',
  sort: null,
}

/** What parsing needs to know to validate URL values (all from public/data). */
export interface DashboardCatalogue {
  areas: readonly Area[]
  indicators: readonly Indicator[]
  /** manifest.coverage: first and last year per indicator id. */
  coverage: Readonly<Record<string, { first: number; last: number }>>
}

/** A URL value that could not be used as given; shown to the user so a broken link never fails silently. */
export interface StateNotice {
  key: keyof DashboardState
  value: string
  message: string
}

const LIST_SEPARATOR = '~'
const SORT_PATTERN = /^[a-z0-9_]{1,60}(-desc)?$/

/** Finds the series code for a code typed in a URL: current code, former code (same area) or any case. */
function resolveAreaCode(raw: string, areas: readonly Area[]): { code: string; via?: Area } | null {
  const wanted = raw.trim().toUpperCase()
  const direct = areas.find((a) => a.code === wanted)
  if (direct) return { code: direct.code }
  const recoded = areas.find((a) => a.formerCodes?.includes(wanted))
  return recoded ? { code: recoded.code, via: recoded } : null
}

/**
 * Reads the dashboard state from a query string. Never throws: every unusable value falls back to its default and
 * produces a notice saying what was ignored and why.
 */
export function parseDashboardState(
  searchParams: URLSearchParams,
  catalogue: DashboardCatalogue,
  limits: { maxCompare: number } = { maxCompare: MAX_COMPARE },
): { state: DashboardState; notices: StateNotice[] } {
  const { maxCompare } = limits
  const notices: StateNotice[] = []
  const state: DashboardState = { ...DEFAULT_STATE, compare: [], indicators: [] }

  const area = searchParams.get('area')
  if (area !== null && area !== '') {
    const found = resolveAreaCode(area, catalogue.areas)
    if (!found) notices.push({ key: 'area', value: area, message: `No local authority has the code "${area}".` })
    else {
      state.area = found.code
      if (found.via)
        notices.push({
          key: 'area',
          value: area,
          message: `${area} is a former code of ${found.via.name}; showing ${found.code}.`,
        })
    }
  }

  const indicator = searchParams.get('indicator')
  if (indicator !== null && indicator !== '') {
    if (catalogue.indicators.some((i) => i.id === indicator)) state.indicator = indicator
    else
      notices.push({
        key: 'indicator',
        value: indicator,
        message: `There is no indicator "${indicator}"; showing the default indicator instead.`,
      })
  }

  const year = searchParams.get('year')
  if (year !== null && year !== '') {
    const n = /^\d{4}$/.test(year) ? Number(year) : NaN
    const coverage = catalogue.coverage[state.indicator]
    if (!Number.isInteger(n))
      notices.push({ key: 'year', value: year, message: `"${year}" is not a year; showing the latest year.` })
    else if (coverage && (n < coverage.first || n > coverage.last))
      notices.push({
        key: 'year',
        value: year,
        message: `This indicator has no data for ${n} (it covers ${coverage.first} to ${coverage.last}); showing the latest year.`,
      })
    else state.year = n
  }

  const group = searchParams.get('group')
  if (group !== null && group !== '') {
    const known = GROUPS.find((g) => g === group)
    if (known) state.group = known
    else
      notices.push({
        key: 'group',
        value: group,
        message: `There is no comparator group "${group}"; comparing with ${GROUP_LABELS[DEFAULT_STATE.group]}.`,
      })
  }

  const compare = searchParams.get('compare')
  if (compare !== null && compare !== '') {
    for (const raw of compare.split(LIST_SEPARATOR)) {
      if (raw === '') continue
      const found = resolveAreaCode(raw, catalogue.areas)
      if (!found)
        notices.push({ key: 'compare', value: raw, message: `No local authority has the code "${raw}"; left out.` })
      else if (state.compare.includes(found.code)) continue
      else if (state.compare.length >= maxCompare)
        notices.push({
          key: 'compare',
          value: raw,
          message: `At most ${maxCompare} authorities can be compared at once; ${raw} was left out.`,
        })
      else state.compare.push(found.code)
    }
  }

  state.summary = readChoice(searchParams, 'summary', SUMMARY_METHODS, DEFAULT_STATE.summary, notices, 'summary')
  state.measure = readChoice(searchParams, 'measure', MEASURES, DEFAULT_STATE.measure, notices, 'deprivation measure')
  state.deflator = readChoice(searchParams, 'deflator', DEFLATOR_IDS, DEFAULT_STATE.deflator, notices, 'price index')
  state.layout = readChoice(searchParams, 'layout', LAYOUTS, DEFAULT_STATE.layout, notices, 'table layout')
  state.self = readChoice(searchParams, 'self', YES_NO, DEFAULT_STATE.self, notices, 'choice')
  state.regions = readChoice(searchParams, 'regions', YES_NO, DEFAULT_STATE.regions, notices, 'choice')

  const indicators = searchParams.get('indicators')
  if (indicators !== null && indicators !== '') {
    for (const raw of indicators.split(LIST_SEPARATOR)) {
      if (raw === '' || state.indicators.includes(raw)) continue
      if (!catalogue.indicators.some((i) => i.id === raw))
        notices.push({ key: 'indicators', value: raw, message: `There is no indicator "${raw}"; left out.` })
      else if (state.indicators.length >= MAX_INDICATORS)
        notices.push({
          key: 'indicators',
          value: raw,
          message: `At most ${MAX_INDICATORS} indicators can be listed at once; ${raw} was left out.`,
        })
      else state.indicators.push(raw)
    }
  }

  const sort = searchParams.get('sort')
  if (sort !== null && sort !== '') {
    // Which columns exist depends on the table; the view ignores a well-formed key it does not have.
    if (SORT_PATTERN.test(sort)) state.sort = sort
    else
      notices.push({
        key: 'sort',
        value: sort,
        message: `"${sort}" is not a table column; the table is in its own order.`,
      })
  }

  state.from = readYear(searchParams, 'from', notices)
  state.to = readYear(searchParams, 'to', notices)
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push({
      key: 'from',
      value: String(state.from),
      message: `The range started after it ended (${state.from} to ${state.to}); showing ${state.to} to ${state.from}.`,
    })
    ;[state.from, state.to] = [state.to, state.from]
  }

  return { state, notices }
}

/** Reads a range end: a four-digit year, or null (the indicator's first or last year) with a notice for anything else. */
function readYear(searchParams: URLSearchParams, key: 'from' | 'to', notices: StateNotice[]): number | null {
  const raw = searchParams.get(key)
  if (raw === null || raw === '') return null
  if (/^\d{4}$/.test(raw)) return Number(raw)
  notices.push({
    key,
    value: raw,
    message: `"${raw}" is not a year; the range ${key === 'from' ? 'starts at the first' : 'ends at the last'} year.`,
  })
  return null
}

/** Reads a key that takes one of a few fixed values; anything else keeps the default with a notice. */
function readChoice<T extends string>(
  searchParams: URLSearchParams,
  key: 'summary' | 'measure' | 'deflator' | 'layout' | 'self' | 'regions',
  choices: readonly T[],
  fallback: T,
  notices: StateNotice[],
  what: string,
): T {
  const raw = searchParams.get(key)
  if (raw === null || raw === '') return fallback
  const known = choices.find((c) => c === raw)
  if (known) return known
  notices.push({ key, value: raw, message: `There is no ${what} "${raw}"; using ${fallback}.` })
  return fallback
}

/**
 * Writes the state as a query string (without "?"), keys in a fixed order and only values that differ from the
 * defaults, so shared links stay short and stable. "~" is kept literal (URLSearchParams would escape it).
 */
export function serializeDashboardState(state: DashboardState): string {
  const parts: [string, string][] = []
  if (state.area !== DEFAULT_STATE.area && state.area !== null) parts.push(['area', state.area])
  if (state.indicator !== DEFAULT_STATE.indicator) parts.push(['indicator', state.indicator])
  if (state.year !== DEFAULT_STATE.year && state.year !== null) parts.push(['year', String(state.year)])
  if (state.group !== DEFAULT_STATE.group) parts.push(['group', state.group])
  if (state.compare.length > 0) parts.push(['compare', state.compare.join(LIST_SEPARATOR)])
  if (state.summary !== DEFAULT_STATE.summary) parts.push(['summary', state.summary])
  if (state.measure !== DEFAULT_STATE.measure) parts.push(['measure', state.measure])
  if (state.deflator !== DEFAULT_STATE.deflator) parts.push(['deflator', state.deflator])
  if (state.indicators.length > 0) parts.push(['indicators', state.indicators.join(LIST_SEPARATOR)])
  if (state.from !== null) parts.push(['from', String(state.from)])
  if (state.to !== null) parts.push(['to', String(state.to)])
  if (state.layout !== DEFAULT_STATE.layout) parts.push(['layout', state.layout])
  if (state.self !== DEFAULT_STATE.self) parts.push(['self', state.self])
  if (state.regions !== DEFAULT_STATE.regions) parts.push(['regions', state.regions])
  if (state.sort !== null) parts.push(['sort', state.sort])
  return parts.map(([k, v]) => `${k}=${v.split(LIST_SEPARATOR).map(encodeURIComponent).join(LIST_SEPARATOR)}`).join('&')
}
