import type { Indicator } from '../schema/indicators'

type FormatSpec = Pick<Indicator, 'unit' | 'decimals'>

const formatters = new Map<number, Intl.NumberFormat>()
function numberFormat(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals)
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    formatters.set(decimals, f)
  }
  return f
}

/** The bare number with the indicator's published decimals, e.g. "1,234.5". */
export function formatNumber(value: number, decimals: number): string {
  return numberFormat(decimals).format(value)
}

/** A value as people read it: "45.6 per 10,000", "£1,234", "12.3%", "1,234". */
export function formatValue(value: number, spec: FormatSpec): string {
  const n = formatNumber(value, spec.decimals)
  switch (spec.unit) {
    case '£':
      return value < 0 ? `-£${n.slice(1)}` : `£${n}`
    case '%':
      return `${n}%`
    case 'rate per 10,000':
      return `${n} per 10,000`
    default:
      return n
  }
}
