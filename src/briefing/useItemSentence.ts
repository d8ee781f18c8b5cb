import { useQueries, useQuery } from '@tanstack/react-query'
import { areasQuery, indicatorsQuery, neighboursQuery, seriesQuery } from '../data/queries'
import type { BriefingItem } from './model'
import { buildFigureFacts } from './figureFacts'
import { describeFigure } from './sentences'

/** Generates each item's sentence from the published data (null for items without an authority and indicator). */
export function useGeneratedSentences(items: readonly BriefingItem[]): Map<string, string> {
  const areas = useQuery(areasQuery())
  const indicators = useQuery(indicatorsQuery())
  const neighbours = useQuery(neighboursQuery())
  const known = (id: string | undefined) => !!id && !!indicators.data?.some((i) => i.id === id)
  const ids = [...new Set(items.map((i) => i.indicatorId).filter((id): id is string => known(id)))]
  const series = useQueries({ queries: ids.map((id) => seriesQuery(id)) })
  const sentences = new Map<string, string>()
  if (!areas.data || !indicators.data || !neighbours.data) return sentences
  const rankable = areas.data.filter((a) => a.status === 'current' && !a.excludedFromAverages).map((a) => a.code)
  for (const item of items) {
    const area = areas.data.find((a) => a.code === item.areaCode)
    const indicator = indicators.data.find((i) => i.id === item.indicatorId)
    const data = series[ids.indexOf(item.indicatorId ?? '')]?.data
    if (!area || !indicator || !data) continue
    const neighbourCodes = (neighbours.data.dfe2025[area.code] ?? neighbours.data.dfe2021[area.code] ?? [])
      .map((n) => n.code)
      .filter((c) => !areas.data.find((a) => a.code === c)?.excludedFromAverages)
    const facts = buildFigureFacts({
      indicator,
      series: data,
      areaCode: area.code,
      areaName: area.name,
      neighbourCodes,
      rankableCodes: rankable,
      lastYear: area.lastYear,
    })
    if (facts) sentences.set(item.id, describeFigure(facts))
  }
  return sentences
}
