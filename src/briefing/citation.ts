import { formatValue, formatYear, type FormatSpec } from '../charts/shared/format'
import type { Indicator } from '../schema/indicators'

export const OGL = 'Open Government Licence v3.0'

/**
 * A headline figure as plain text to paste into an email or report, with where it comes from:
 * "Barnsley: 51.0 per 10,000 – Children on a child protection plan at 31 March per 10,000 children, year ending
 * 31 March 2025 (statistical neighbours' mean 57.4 per 10,000; England 40.6 per 10,000). Source: Department for
 * Education, … Open Government Licence v3.0. <link>". Pure.
 */
export function buildCitation(input: {
  areaName: string
  indicator: Pick<Indicator, 'label' | 'yearType'> & FormatSpec
  year: number
  value: number | null
  missingReason: string | null
  neighboursMean: number | null
  england: number | null
  source: { publisher: string; title: string } | null
  computed: boolean
  link: string
}): string {
  const { indicator } = input
  const format = (v: number) => formatValue(v, indicator)
  const value = input.value === null ? `no figure (${input.missingReason ?? 'not published'})` : format(input.value)
  const comparisons = [
    input.neighboursMean === null ? null : `statistical neighbours' mean ${format(input.neighboursMean)}`,
    input.england === null ? null : `England ${format(input.england)}`,
  ].filter(Boolean)
  const source = input.source ? `${input.source.publisher}, ${input.source.title}` : 'see the methods page'
  return (
    `${input.areaName}: ${value} – ${indicator.label}, ${formatYear(input.year, indicator.yearType)}` +
    `${comparisons.length ? ` (${comparisons.join('; ')})` : ''}. ` +
    `Source: ${source}${input.computed ? ' (computed by CSC Explorer)' : ''}. ${OGL}. ${input.link}`
  )
}
