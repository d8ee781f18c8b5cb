import type { Indicator } from '../../schema/indicators'
import { formatFixed } from '../../stats/fixedDecimals'

/** The parts of an indicator that decide how its numbers are written. */
export type FormatSpec = Pick<Indicator, 'unit' | 'decimals'>

/** The bare number with the indicator's published decimals, e.g. "1,234.5". */
export function formatNumber(value: number, decimals: number): string {
  return formatFixed(value, decimals)
}

/** A value as people read it: "45.6 per 10,000", "£1,234", "12.3%", "1,234". */
export function formatValue(value: number, spec: FormatSpec): string {
  const n = formatNumber(Math.abs(value), spec.decimals)
  const sign = value < 0 && n !== formatNumber(0, spec.decimals) ? '-' : ''
  switch (spec.unit) {
    case '£':
      return `${sign}£${n}`
    case '%':
      return `${sign}${n}%`
    case 'rate per 10,000':
      return `${sign}${n} per 10,000`
    case 'rate per 100,000':
      return `${sign}${n} per 100,000`
    default:
      return `${sign}${n}`
  }
}

/** The decimals a percentage is quoted to in a sentence or on a card: one, as people quote them ("21.8%"). */
export const PROSE_PERCENT_DECIMALS = 1

/**
 * A value quoted in a sentence, a card or a verdict: a percentage to one decimal place ("21.8%", where IoD publishes
 * 0.2177), everything else at its published precision. Tables and downloads keep the published precision.
 */
export function formatForProse(value: number, spec: FormatSpec): string {
  return spec.unit === '%'
    ? formatValue(value, { ...spec, decimals: Math.min(spec.decimals, PROSE_PERCENT_DECIMALS) })
    : formatValue(value, spec)
}

/**
 * Axis and table headings name the unit once instead of repeating it in every cell. A rank says what rank 1 is, as
 * the catalogue words it from the measure ranked ("rank (1 = highest IMD score, the most deprived)").
 */
export function unitHeading(spec: Pick<Indicator, 'unit' | 'rankOrder'>): string {
  switch (spec.unit) {
    case 'rate per 10,000':
      return 'per 10,000 children'
    case 'rate per 100,000':
      return 'per 100,000 children'
    case '£':
      return '£'
    case '%':
      return '%'
    case 'count':
    case 'number':
      return 'number'
    case 'score':
      return 'score'
    case 'rank':
      return spec.rankOrder ? `rank (${spec.rankOrder})` : 'rank'
  }
}

/**
 * Whether a short label already names its unit ("CLA (number)", "Safeguarding spend (cash £)"), so a unit in brackets
 * after it would say it twice.
 */
export function labelStatesUnit(spec: Pick<Indicator, 'shortLabel' | 'unit'>): boolean {
  return spec.shortLabel.toLowerCase().includes(unitHeading(spec).toLowerCase())
}

/** How a year is written for an indicator: "year ending 31 March 2025", "2024-25", "2024/25", "2014-16" or "2019 edition". */
export function formatYear(year: number, yearType: Indicator['yearType']): string {
  switch (yearType) {
    case '31 March':
      return `year ending 31 March ${year}`
    case 'financial year':
      return `${year - 1}-${String(year % 100).padStart(2, '0')}`
    case '30 September':
      return `30 September ${year}`
    case 'academic year':
      return `${year - 1}/${String(year % 100).padStart(2, '0')}`
    case 'calendar year':
      return String(year)
    case 'January census':
      return `January ${year}`
    case 'three-year period':
      return `${year - 2}-${String(year % 100).padStart(2, '0')}`
    case 'edition':
      return `${year} edition`
  }
}
