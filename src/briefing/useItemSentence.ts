import { useQueries, useQuery } from '@tanstack/react-query'
import { ADJUSTED_SUFFIX, ADJUSTED_TREND_SUFFIX } from '../charts/shared/exportRegistry'
import { areasQuery, indicatorsQuery, manifestQuery, neighboursQuery, seriesQuery } from '../data/queries'
import { resolveMeasure } from '../model/deprivation'
import type { Indicator } from '../schema/indicators'
import { parseDashboardState, type DashboardCatalogue } from '../state/dashboardState'
import { decileCountsQuery } from './decileCountsQuery'
import type { BriefingItem } from './model'
import {
  buildAdjustedPositionFacts,
  buildAdjustedTrendFacts,
  buildDeprivationFacts,
  buildFigureFacts,
} from './figureFacts'
import { describeAdjustedPosition, describeAdjustedTrend, describeFigure, describeNeighbourhoodMap } from './sentences'

/** The neighbourhood map an item shows, read from its view: the authority and the IoD edition (IMD only). */
function neighbourhoodMapOf(item: BriefingItem): { areaCode: string; edition: 2019 | 2025 } | null {
  if (item.kind !== 'map' || !item.view) return null
  const url = new URL(item.view, 'https://x.invalid')
  const code = /\/neighbourhoods\/(E\d{8})$/.exec(url.pathname)?.[1]
  const domain = url.searchParams.get('domain')
  if (!code || (domain !== null && domain !== 'imd')) return null
  return { areaCode: code, edition: url.searchParams.get('edition') === '2019' ? 2019 : 2025 }
}

/**
 * /deprivation's ranking or trend adjusted for deprivation (its indicator named `<id>-adjusted` or
 * `<id>-adjusted-trend`, as the view names the charts): the indicator it adjusts and the view's state (year,
 * deprivation measure, who is ranked), read as the view reads it.
 */
function adjustedChartOf(item: BriefingItem, catalogue: DashboardCatalogue | null) {
  const id = item.indicatorId
  if (item.kind !== 'chart' || !item.view || !id || !catalogue) return null
  const chart = id.endsWith(ADJUSTED_SUFFIX)
    ? { chart: 'ranking' as const, indicatorId: id.slice(0, -ADJUSTED_SUFFIX.length) }
    : id.endsWith(ADJUSTED_TREND_SUFFIX)
      ? { chart: 'trend' as const, indicatorId: id.slice(0, -ADJUSTED_TREND_SUFFIX.length) }
      : null
  const url = new URL(item.view, 'https://x.invalid')
  if (!chart || !url.pathname.endsWith('/deprivation')) return null
  const { state } = parseDashboardState(url.searchParams, catalogue)
  const measure = resolveMeasure(catalogue.indicators, state.measure)
  if (!measure) return null
  return { ...chart, measure, year: state.year, scope: state.ranked }
}

/**
 * Generates each item's sentence from the published data: for a figure or chart of one authority's indicator, its
 * value against neighbours and England, change, rank and the verdict against its deprivation; for a neighbourhood
 * map, what it shows. Items with neither get none.
 */
export function useGeneratedSentences(items: readonly BriefingItem[]): Map<string, string> {
  const areas = useQuery(areasQuery())
  const indicators = useQuery(indicatorsQuery())
  const neighbours = useQuery(neighboursQuery())
  const manifest = useQuery(manifestQuery())
  const catalogue =
    areas.data && indicators.data && manifest.data
      ? { areas: areas.data, indicators: indicators.data, coverage: manifest.data.coverage }
      : null
  const adjustedCharts = items.map((item) => adjustedChartOf(item, catalogue))
  const measure = indicators.data ? resolveMeasure(indicators.data, null) : null
  const known = (id: string | undefined) => !!id && !!indicators.data?.some((i) => i.id === id)
  const subjects = items.map((item, index) => adjustedCharts[index]?.indicatorId ?? item.indicatorId)
  const ids = [...new Set(subjects.filter((id): id is string => known(id)))]
  const series = useQueries({ queries: ids.map((id) => seriesQuery(id)) })
  const deprivation = useQuery({ ...seriesQuery(measure?.id ?? ''), enabled: !!measure && ids.length > 0 })
  // An adjusted chart may be adjusted for another measure than the default, as its view was set.
  const otherMeasures = [
    ...new Set(adjustedCharts.flatMap((a) => (a && a.measure.id !== measure?.id ? [a.measure.id] : []))),
  ]
  const otherMeasureSeries = useQueries({ queries: otherMeasures.map((id) => seriesQuery(id)) })
  const measureSeries = (m: Indicator) =>
    m.id === measure?.id ? deprivation.data : otherMeasureSeries[otherMeasures.indexOf(m.id)]?.data
  const maps = items.map(neighbourhoodMapOf)
  const editions = [2025, 2019] as const
  const decileCounts = useQueries({
    queries: editions.map((e) => ({ ...decileCountsQuery(e), enabled: maps.some((m) => m?.edition === e) })),
  })
  const sentences = new Map<string, string>()
  if (!areas.data || !indicators.data || !neighbours.data) return sentences
  const areaList = areas.data
  const rankable = areaList.filter((a) => a.status === 'current' && !a.excludedFromAverages).map((a) => a.code)
  items.forEach((item, index) => {
    const map = maps[index]
    const area = areaList.find((a) => a.code === (map?.areaCode ?? item.areaCode))
    if (!area) return
    if (map) {
      const counts = decileCounts[editions.indexOf(map.edition)]?.data?.[area.code]
      if (counts)
        sentences.set(item.id, describeNeighbourhoodMap({ areaName: area.name, edition: map.edition, ...counts }))
      return
    }
    const indicator = indicators.data.find((i) => i.id === subjects[index])
    const data = series[ids.indexOf(subjects[index] ?? '')]?.data
    const adjustedChart = adjustedCharts[index]
    if (adjustedChart) {
      const scores = measureSeries(adjustedChart.measure)
      if (!indicator || !data || !scores) return
      const common = {
        indicator,
        series: data,
        measure: adjustedChart.measure,
        deprivation: scores,
        areas: areaList,
        areaCode: area.code,
        areaName: area.name,
      }
      if (adjustedChart.chart === 'trend') {
        const trend = buildAdjustedTrendFacts(common)
        if (trend) sentences.set(item.id, describeAdjustedTrend(trend))
        return
      }
      const facts = buildAdjustedPositionFacts({
        ...common,
        // As the view's ranking takes them: the May 2025 list, as published.
        neighbourCodes: (neighbours.data.dfe2025[area.code] ?? []).map((n) => n.code),
        scope: adjustedChart.scope,
        year: adjustedChart.year,
      })
      if (facts) sentences.set(item.id, describeAdjustedPosition(facts))
      return
    }
    // Wait for the deprivation measure too, so a sentence is not kept without its deprivation verdict.
    if (!indicator || !data || (measure && deprivation.isPending)) return
    const neighbourCodes = (neighbours.data.dfe2025[area.code] ?? neighbours.data.dfe2021[area.code] ?? [])
      .map((n) => n.code)
      .filter((c) => !areaList.find((a) => a.code === c)?.excludedFromAverages)
    const facts = buildFigureFacts({
      indicator,
      series: data,
      areaCode: area.code,
      areaName: area.name,
      neighbourCodes,
      rankableCodes: rankable,
      lastYear: area.lastYear,
    })
    if (!facts) return
    const adjusted =
      measure && deprivation.data
        ? buildDeprivationFacts({
            indicator,
            series: data,
            measure,
            deprivation: deprivation.data,
            areas: areaList,
            areaCode: area.code,
            year: facts.year,
          })
        : null
    sentences.set(item.id, describeFigure({ ...facts, deprivation: adjusted }))
  })
  return sentences
}
