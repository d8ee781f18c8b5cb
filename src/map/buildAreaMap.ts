import type { Area } from '../schema/areas'
import type { Indicator } from '../schema/indicators'
import { isComputedFigure, type Series } from '../schema/series'
import { buildSeriesCodeLookup, selectBoundariesForYear, type BoundaryProperties } from './areasForYear'
import {
  buildChoropleth,
  describeMissing,
  fillFor,
  statusOf,
  type AreaDatum,
  type Choropleth,
  type DatumStatus,
} from './choropleth'
import { formatValue } from '../charts/shared/format'
import { bandsWithinEngland, describeBand, type QuartileBand } from '../model/quartileBands'
import { describeRankOrder, ranksWithinEngland, type AreaRank } from '../model/ranks'

/** One authority as the map, its tooltip and its table draw it. */
export interface MapArea {
  /** Code of the boundary drawn (the series code may differ for a recoded authority). */
  boundaryCode: string
  /** Code the series and the profile page use. */
  areaCode: string
  name: string
  datum: AreaDatum
  status: DatumStatus
  fill: string
  rank: AreaRank | undefined
  /** The value formatted with unit and decimals, or why there is none ("suppressed to protect confidentiality"). */
  valueText: string
  /** "Rank 3 of 150 (1 = highest)", or why it is not ranked. */
  rankText: string
  /** Quartile band among English authorities as LAIT computes it (src/model/quartileBands); null without one. */
  band: QuartileBand | null
  /** The band in words ("A (the best quarter)", "highest quarter"), or a dash. */
  bandText: string
  excludedFromRanking: boolean
}

export interface AreaMap {
  year: number
  areas: MapArea[]
  choropleth: Choropleth
  /** Names of the drawn authorities left out of the class breaks and ranks (City of London, Isles of Scilly). */
  excludedNames: string[]
}

/** The figure for an area in a year, read from a series file. */
export function readDatum(series: Series, areaCode: string, year: number): AreaDatum {
  const i = series.years.indexOf(year)
  const value = i < 0 ? null : (series.values[areaCode]?.[i] ?? null)
  const flag = i < 0 ? null : (series.flags?.[areaCode]?.[i] ?? null)
  return { areaCode, value, flag }
}

/**
 * Joins boundaries, areas and one year of a series into what the England map draws: which polygons, their colour
 * class, rank and the text for tooltips and the table. Pure; the map component only renders it.
 */
export function buildAreaMap<P extends BoundaryProperties>(
  boundaries: readonly P[],
  areas: readonly Area[],
  series: Series,
  indicator: Pick<Indicator, 'unit' | 'decimals' | 'polarity' | 'topic' | 'noQuartiles' | 'yearType'>,
  year: number,
): AreaMap {
  const areasByCode = new Map(areas.map((a) => [a.code, a]))
  const seriesCode = buildSeriesCodeLookup(areas)
  const hasFigure = (code: string) => {
    const d = readDatum(series, seriesCode(code), year)
    return d.value !== null || d.flag !== null
  }
  const drawn = selectBoundariesForYear(boundaries, year, areasByCode, hasFigure, indicator.yearType)
  const data = drawn.map((b) => readDatum(series, seriesCode(b.code), year))
  const excluded = new Set(areas.filter((a) => a.excludedFromAverages).map((a) => a.code))
  const choropleth = buildChoropleth(data, excluded)
  // Rank and band as the profile's cards give them: the same model functions, over the same authorities.
  const ranks = ranksWithinEngland(series, year, areas, indicator)
  const bands = bandsWithinEngland(series, year, areas, indicator)
  const order = describeRankOrder(indicator.polarity, indicator.topic)
  const mapAreas = drawn.map((b, i): MapArea => {
    const datum = data[i] as AreaDatum
    const area = areasByCode.get(datum.areaCode)
    const rank = ranks.get(datum.areaCode)
    const excludedFromRanking = excluded.has(datum.areaCode)
    const status = statusOf(datum)
    // A figure CSC Explorer computed (an IoD2025 county) says so wherever the map shows it, as on the profile.
    const computed = datum.value !== null && isComputedFigure(series, datum.areaCode, series.years.indexOf(year))
    const valueText =
      datum.value === null
        ? describeMissing(datum)
        : formatValue(datum.value, indicator) +
          (datum.flag ? ` (${describeMissing(datum)})` : '') +
          (computed ? ' (computed by CSC Explorer)' : '')
    const rankText = rank
      ? `Rank ${rank.rank} of ${rank.of} (${order})`
      : excludedFromRanking && datum.value !== null
        ? 'Not ranked (too small a population; excluded from rankings)'
        : 'Not ranked (no figure)'
    const band = bands.get(datum.areaCode)?.band ?? null
    return {
      boundaryCode: b.code,
      areaCode: datum.areaCode,
      name: area?.name ?? b.name,
      datum,
      status,
      fill: fillFor(choropleth, datum),
      rank,
      valueText,
      rankText,
      band,
      bandText: band ? describeBand(band) : '–',
      excludedFromRanking,
    }
  })
  const excludedNames = mapAreas.filter((a) => a.excludedFromRanking).map((a) => a.name)
  return { year, areas: mapAreas, choropleth, excludedNames }
}
