import { formatValue, formatYear } from '../../charts/shared/format'
import { bandWithinEngland, describeBand } from '../../model/quartileBands'
import { valueAt } from '../../model/series'
import type { Area } from '../../schema/areas'
import { FLAG_LABELS } from '../../schema/flags'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { headlineYear } from './buildHeadlineFigure'

/** One indicator's latest figure for an authority, as a row of its topic's table on the profile. */
export interface TopicRow {
  indicator: Indicator
  /** "2024-25", or a dash when the authority never had a figure. */
  when: string
  value: string
  england: string
  band: string
}

/**
 * The row of an indicator on the profile: the latest year the authority existed in, its figure (or why there is
 * none), England's published figure and the quartile band as LAIT computes it (none for counts and ranks).
 */
export function buildTopicRow(indicator: Indicator, series: Series, area: Area, areas: readonly Area[]): TopicRow {
  const year = headlineYear(series, area, indicator.yearType)
  if (year === null) return { indicator, when: '–', value: 'no figure', england: '–', band: '–' }
  const { value, flag } = valueAt(series, area.code, year)
  const england = series.england[series.years.indexOf(year)] ?? null
  const banded = indicator.unit !== 'count' && indicator.unit !== 'rank'
  const band = banded ? bandWithinEngland(series, year, area.code, areas, indicator) : null
  return {
    indicator,
    when: formatYear(year, indicator.yearType),
    value: value === null ? (flag ? FLAG_LABELS[flag] : 'no figure published') : formatValue(value, indicator),
    england: england === null ? '–' : formatValue(england, indicator),
    band: band ? describeBand(band.band) : '–',
  }
}
