import { GROUP_LABELS, GROUPS, type GroupId } from '../model/comparatorGroups'
import { defaultIndicatorOf } from '../model/indicators'
import { RELATIVE_MODES, type RelativeMode } from '../model/relativeToEngland'
import { DEFLATOR_IDS, type DeflatorId } from '../schema/deflators'
import { LSOA21_MEASURES, type Lsoa21Measure } from '../schema/geo'
import { SUMMARY_METHODS, type SummaryMethod } from '../stats/groupSummary'
import {
  choiceKey,
  LIST_SEPARATOR,
  readIndicatorList,
  resolveAreaCode,
  splitList,
  yearOrNull,
  type DashboardCatalogue,
  type UrlKey,
} from './urlKeys'

export type { DashboardCatalogue } from './urlKeys'

/** How /data lays out several indicators and years: one row per area, indicator and year, or years across. */
export const LAYOUTS = ['long', 'wide'] as const
export type LayoutId = (typeof LAYOUTS)[number]

/** A switch written in the URL as a word, so a link reads "regions=yes" rather than "regions=1". */
export const YES_NO = ['yes', 'no'] as const
export type YesNo = (typeof YES_NO)[number]

/** /deprivation: whether the adjusted ranking shows the authority with its statistical neighbours, or everyone. */
export const RANK_SCOPES = ['neighbours', 'all'] as const
export type RankScope = (typeof RANK_SCOPES)[number]

/** The England map's extent: all of England, or London (its boroughs are too small to read at England scale). */
export const ZOOMS = ['england', 'london'] as const
export type Zoom = (typeof ZOOMS)[number]

/** How the England map draws the authorities: their boundaries, or one equal hexagon each (the hex cartogram). */
export const MAP_STYLES = ['geographic', 'hex'] as const
export type MapStyle = (typeof MAP_STYLES)[number]

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
  /** Deprivation measure /deprivation plots against (an indicator with the deprivationMeasure role); null = the first. */
  measure: string | null
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
  /**
   * The column the page's table is sorted by ("value", "area", "cla_rate_2025"), "-desc" for descending; null = the
   * table's own order. Each page has one sortable table, so one key serves them all.
   */
  sort: string | null
  /** /compare: the measures similar authorities are computed on; null = the catalogue's default (similarity role). */
  similarity: string[] | null
  /** /deprivation: who the adjusted ranking shows. */
  ranked: RankScope
  /** England map extent (/ and /map). */
  zoom: Zoom
  /** England map drawing (/ and /map): the geographic map or the hex cartogram. */
  map: MapStyle
  /** /neighbourhoods: the Indices of Deprivation domain (or IDACI, IoD2025 only) its map and table show. */
  domain: Lsoa21Measure
  /** /neighbourhoods: IoD2025 on 2021 neighbourhoods, or IoD2019 on 2011 ones. */
  edition: NeighbourhoodEditionKey
  /** Neighbourhood analysis: which analysis is shown. */
  analysis: NeighbourhoodAnalysis
  /** Neighbourhood analysis: the variable mapped (the scatter's x, the comparison's and regression's outcome); null = the IMD score. */
  nvar: string | null
  /** Neighbourhood analysis: the second variable (the overlap map's and the scatter's y); null = the analysis's default. */
  nvar2: string | null
  /** Neighbourhood analysis: how many quantile classes the map has (3-10). */
  classes: number
  /** Neighbourhood analysis: the overlap map's chosen tertile cell, "<first>-<second>" (1 = lowest third); null = all. */
  cell: string | null
  /** Neighbourhood analysis: the regression's predictors, in the order chosen. */
  predictors: string[]
  /** /clusters: authorities are grouped on their figures in a year, or on their average change per year over a range. */
  basis: ClusterBasisId
  /** /clusters: how many clusters the tree is cut into (2-10). */
  clusters: number
  /** Trends on /compare and /side-by-side: values as published, or indexed to England (ratio or difference). */
  relative: RelativeMode
  /** /side-by-side: what the first panel shows (its indicator is `indicator`, its authorities `area` and `compare`). */
  view: PanelView
  /** /side-by-side: what the second panel shows. */
  view2: PanelView
  /** /side-by-side: the second panel's indicator; null = the first panel's. */
  indicator2: string | null
  /** /side-by-side: the second panel's authorities; empty = the first panel's (`area` and `compare`). */
  compare2: string[]
}

/** What /clusters groups authorities on: levels in `year`, or change per year from `from` to `to`. */
export const CLUSTER_BASES = ['levels', 'change'] as const
export type ClusterBasisId = (typeof CLUSTER_BASES)[number]
/** The fewest and most clusters offered: more than ten cannot be told apart by colour or described usefully. */
export const MIN_CLUSTERS = 2
export const MAX_CLUSTERS = 10
const DEFAULT_CLUSTERS = 4

/** What a /side-by-side panel shows: trends of chosen authorities, or the map of England. */
export const PANEL_VIEWS = ['trend', 'map'] as const
export type PanelView = (typeof PANEL_VIEWS)[number]

/** The analyses of neighbourhood variables, the quantile map first (the default). */
export const NEIGHBOURHOOD_ANALYSES = ['map', 'overlap', 'correlation', 'compare', 'regression'] as const
export type NeighbourhoodAnalysis = (typeof NEIGHBOURHOOD_ANALYSES)[number]
/** Most predictors a regression takes: more than a handful cannot be read as a table or as partial plots. */
export const MAX_PREDICTORS = 6
const VARIABLE_PATTERN = /^[a-z0-9_]{1,80}$/

/** The Indices of Deprivation editions /neighbourhoods maps, newest (the default) first. */
export const NEIGHBOURHOOD_EDITION_KEYS = ['2025', '2019'] as const
export type NeighbourhoodEditionKey = (typeof NEIGHBOURHOOD_EDITION_KEYS)[number]

/** The indicator a link without `indicator=` shows: the catalogue decides it (src/model, `defaultIndicatorOf`). */
export function defaultIndicatorIn(catalogue: DashboardCatalogue): string {
  return defaultIndicatorOf(catalogue.indicators)?.id ?? ''
}
/** More lines than the categorical palette has colours would be unreadable. */
export const MAX_COMPARE = 5
/** /data lists any number of chosen authorities (a table has no palette), so its custom list may hold every one. */
export const MAX_DATA_COMPARE = 200
/** A table of more indicators than this would be too wide to read (and the page loads one file per indicator). */
export const MAX_INDICATORS = 12

/** Deprivation measures as links wrote them before the URL used indicator ids (measure=imd). */
const FORMER_MEASURES: Readonly<Record<string, string>> = { imd: 'imd_score', idaci: 'idaci_score' }
const SORT_PATTERN = /^[a-z0-9_]{1,60}(-desc)?$/
const NO_MEASURES = 'none'

type Key<T> = UrlKey<T, DashboardState>

/**
 * Every URL key, declared once with its default, parser and writer, in the order links write them. The type makes a
 * key added to DashboardState without a declaration here (or the other way round) fail to compile.
 */
export const URL_KEYS: { [K in keyof DashboardState]: Key<DashboardState[K]> } = {
  area: {
    default: null,
    parse: (raw, { catalogue, notice }) => {
      const found = resolveAreaCode(raw, catalogue.areas)
      if (!found) {
        notice(`No local authority has the code "${raw}".`)
        return null
      }
      if (found.via) notice(`${raw} is a former code of ${found.via.name}; showing ${found.code}.`)
      return found.code
    },
    write: (value) => value,
  },
  indicator: {
    // No indicator until the catalogue, which names the default, has loaded.
    default: '',
    defaultIn: defaultIndicatorIn,
    parse: (raw, { catalogue, notice }) => {
      if (catalogue.indicators.some((i) => i.id === raw)) return raw
      notice(`There is no indicator "${raw}"; showing the default indicator instead.`)
      return defaultIndicatorIn(catalogue)
    },
    write: (value, defaultValue) => (value === defaultValue || value === '' ? null : value),
  },
  year: {
    default: null,
    parse: (raw, { catalogue, before, notice }) => {
      if (!/^\d{4}$/.test(raw)) {
        notice(`"${raw}" is not a year; showing the latest year.`)
        return null
      }
      const year = Number(raw)
      const coverage = catalogue.coverage[before.indicator ?? defaultIndicatorIn(catalogue)]
      if (coverage && (year < coverage.first || year > coverage.last)) {
        notice(
          `This indicator has no data for ${year} (it covers ${coverage.first} to ${coverage.last}); showing the latest year.`,
        )
        return null
      }
      return year
    },
    write: (value) => (value === null ? null : String(value)),
  },
  group: {
    default: 'neighbours',
    parse: (raw, { notice }) => {
      const known = GROUPS.find((g) => g === raw)
      if (known) return known
      notice(`There is no comparator group "${raw}"; comparing with ${GROUP_LABELS.neighbours}.`)
      return 'neighbours'
    },
    write: (value) => (value === 'neighbours' ? null : value),
  },
  compare: areaListKey(),
  summary: choiceKey(SUMMARY_METHODS, 'mean', 'summary'),
  measure: {
    default: null,
    parse: (raw, { catalogue, notice }) => {
      const id = FORMER_MEASURES[raw] ?? raw
      if (catalogue.indicators.some((i) => i.id === id && i.roles?.deprivationMeasure !== undefined)) return id
      notice(`There is no deprivation measure "${raw}"; using the first one.`)
      return null
    },
    write: (value) => value,
  },
  deflator: choiceKey(DEFLATOR_IDS, 'gdp', 'price index'),
  indicators: {
    default: [],
    parse: (raw, context) => readIndicatorList(raw, context, MAX_INDICATORS),
    write: (value) => (value.length ? value.join(LIST_SEPARATOR) : null),
  },
  from: yearOrNull('from'),
  to: yearOrNull('to'),
  layout: choiceKey(LAYOUTS, 'long', 'table layout'),
  self: choiceKey(YES_NO, 'yes', 'choice'),
  regions: choiceKey(YES_NO, 'no', 'choice'),
  sort: {
    default: null,
    // Which columns exist depends on the table; the view ignores a well-formed key it does not have.
    parse: (raw, { notice }) => {
      if (SORT_PATTERN.test(raw)) return raw
      notice(`"${raw}" is not a table column; the table is in its own order.`)
      return null
    },
    write: (value) => value,
  },
  similarity: {
    default: null,
    parse: (raw, context) => {
      if (raw === NO_MEASURES) return []
      const ids = readIndicatorList(raw, context, MAX_INDICATORS)
      return ids.length ? ids : null
    },
    write: (value) => (value === null ? null : value.length ? value.join(LIST_SEPARATOR) : NO_MEASURES),
  },
  ranked: choiceKey(RANK_SCOPES, 'neighbours', 'ranking'),
  zoom: choiceKey(ZOOMS, 'england', 'map extent'),
  map: choiceKey(MAP_STYLES, 'geographic', 'map style'),
  domain: choiceKey(LSOA21_MEASURES, 'imd', 'deprivation domain'),
  edition: choiceKey(NEIGHBOURHOOD_EDITION_KEYS, '2025', 'Indices of Deprivation edition'),
  analysis: choiceKey(NEIGHBOURHOOD_ANALYSES, 'map', 'neighbourhood analysis'),
  // Which variables exist is in the neighbourhood catalogue, which only the analysis page loads: the key checks the
  // form, the page checks the id and says so when it does not know one.
  nvar: variableKey(),
  nvar2: variableKey(),
  classes: {
    default: 5,
    parse: (raw, { notice }) => {
      const n = Number(raw)
      if (Number.isInteger(n) && n >= 3 && n <= 10) return n
      notice(`"${raw}" is not a number of classes from 3 to 10; using 5.`)
      return 5
    },
    write: (value) => (value === 5 ? null : String(value)),
  },
  cell: {
    default: null,
    parse: (raw, { notice }) => {
      if (/^[1-3]-[1-3]$/.test(raw)) return raw
      notice(`"${raw}" is not a cell of the three-by-three key; showing every neighbourhood.`)
      return null
    },
    write: (value) => value,
  },
  predictors: {
    default: [],
    parse: (raw, { notice }) => {
      const ids: string[] = []
      for (const item of splitList(raw)) {
        if (!VARIABLE_PATTERN.test(item)) notice(`"${item}" is not a variable; left out.`, item)
        else if (ids.includes(item)) continue
        else if (ids.length >= MAX_PREDICTORS)
          notice(`At most ${MAX_PREDICTORS} predictors can be used at once; ${item} was left out.`, item)
        else ids.push(item)
      }
      return ids
    },
    write: (value) => (value.length ? value.join(LIST_SEPARATOR) : null),
  },
  basis: choiceKey(CLUSTER_BASES, 'levels', 'basis for clusters'),
  clusters: {
    default: DEFAULT_CLUSTERS,
    parse: (raw, { notice }) => {
      const n = Number(raw)
      if (Number.isInteger(n) && n >= MIN_CLUSTERS && n <= MAX_CLUSTERS) return n
      notice(`"${raw}" is not a number of clusters from ${MIN_CLUSTERS} to ${MAX_CLUSTERS}; using ${DEFAULT_CLUSTERS}.`)
      return DEFAULT_CLUSTERS
    },
    write: (value) => (value === DEFAULT_CLUSTERS ? null : String(value)),
  },
  relative: choiceKey(RELATIVE_MODES, 'values', 'way of showing a trend against England'),
  view: choiceKey(PANEL_VIEWS, 'trend', 'panel view'),
  view2: choiceKey(PANEL_VIEWS, 'map', 'panel view'),
  indicator2: {
    default: null,
    parse: (raw, { catalogue, notice }) => {
      if (catalogue.indicators.some((i) => i.id === raw)) return raw
      notice(`There is no indicator "${raw}"; the second panel shows the first panel's indicator.`)
      return null
    },
    write: (value) => value,
  },
  compare2: areaListKey(),
}

/** A list of authorities (current codes, each once, at most the page's limit), explaining each one left out. */
function areaListKey(): Key<string[]> {
  return {
    default: [],
    parse: (raw, { catalogue, maxCompare, notice }) => {
      const codes: string[] = []
      for (const item of splitList(raw)) {
        const found = resolveAreaCode(item, catalogue.areas)
        if (!found) notice(`No local authority has the code "${item}"; left out.`, item)
        else if (codes.includes(found.code)) continue
        else if (codes.length >= maxCompare)
          notice(`At most ${maxCompare} authorities can be compared at once; ${item} was left out.`, item)
        else codes.push(found.code)
      }
      return codes
    },
    write: (value) => (value.length ? value.join(LIST_SEPARATOR) : null),
  }
}

function variableKey(): Key<string | null> {
  return {
    default: null,
    parse: (raw, { notice }) => {
      if (VARIABLE_PATTERN.test(raw)) return raw
      notice(`"${raw}" is not a neighbourhood variable; using the default.`)
      return null
    },
    write: (value) => value,
  }
}

const KEYS = Object.keys(URL_KEYS) as (keyof DashboardState)[]

/**
 * The map style a link asks for, read straight from the address by the `map` key's rule: unlike the rest of the state
 * it needs no catalogue, so a map's boundaries can be fetched (or, under the hex cartogram, not fetched) before the
 * catalogue has loaded.
 */
export function requestedMapStyle(params: URLSearchParams): MapStyle {
  return params.get('map') === 'hex' ? 'hex' : 'geographic'
}

/** Every key's default: the catalogue's where it decides one (the indicator), else the key's own. */
export function defaultStateFor(catalogue: DashboardCatalogue | null): DashboardState {
  return Object.fromEntries(
    KEYS.map((k) => {
      const codec = URL_KEYS[k] as Key<unknown>
      return [k, catalogue && codec.defaultIn ? codec.defaultIn(catalogue) : codec.default]
    }),
  ) as unknown as DashboardState
}

/** The state while the catalogue loads (no indicator yet: the catalogue names the default). */
export const DEFAULT_STATE: DashboardState = defaultStateFor(null)

/** A URL value that could not be used as given; shown to the user so a broken link never fails silently. */
export interface StateNotice {
  key: keyof DashboardState
  value: string
  message: string
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
  const notices: StateNotice[] = []
  const defaults = defaultStateFor(catalogue)
  const state: Partial<Record<keyof DashboardState, unknown>> = {}
  for (const key of KEYS) {
    const raw = searchParams.get(key)
    const given = searchParams.getAll(key).length
    // A link edited by hand can carry a key twice; which one a reader meant is unknowable, so say which one is used.
    if (given > 1)
      notices.push({ key, value: raw ?? '', message: `The link gives "${key}" ${given} times; using the first.` })
    const codec = URL_KEYS[key] as Key<unknown>
    state[key] =
      raw === null || raw === ''
        ? defaults[key]
        : codec.parse(raw, {
            catalogue,
            maxCompare: limits.maxCompare,
            before: state as Partial<DashboardState>,
            notice: (message, value = raw) => notices.push({ key, value, message }),
          })
  }
  const parsed = state as DashboardState
  if (parsed.from !== null && parsed.to !== null && parsed.from > parsed.to) {
    notices.push({
      key: 'from',
      value: String(parsed.from),
      message: `The range started after it ended (${parsed.from} to ${parsed.to}); showing ${parsed.to} to ${parsed.from}.`,
    })
    ;[parsed.from, parsed.to] = [parsed.to, parsed.from]
  }
  return { state: parsed, notices }
}

/**
 * Writes the state as a query string (without "?"), keys in URL_KEYS order and only values that differ from the
 * defaults (the catalogue's, where it decides one), so shared links stay short and stable. "~" is kept literal
 * (URLSearchParams would escape it).
 */
export function serializeDashboardState(state: DashboardState, catalogue: DashboardCatalogue | null): string {
  const defaults = defaultStateFor(catalogue)
  return KEYS.flatMap((key) => {
    const written = (URL_KEYS[key] as Key<unknown>).write(state[key], defaults[key])
    if (written === null) return []
    return [`${key}=${written.split(LIST_SEPARATOR).map(encodeURIComponent).join(LIST_SEPARATOR)}`]
  }).join('&')
}
