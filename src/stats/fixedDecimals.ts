/**
 * A number written as British English writes it with a fixed number of decimals ("1,234.5", "-0.30"), exactly
 * as `new Intl.NumberFormat('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d })` does, without asking the
 * browser: its number formatting loads locale data the first time it is used, which cost the first paint of the home
 * page's map about 25 ms. Rounding is as Intl's: half away from zero on the shortest decimal that reads back as the
 * same number (1.005 → "1.01", 2.5 → "3"), and a negative number keeps its sign even where it rounds to zero ("-0.00"), as
 * Intl writes it. Pure; tests compare it with Intl over every published figure.
 */
export function formatFixed(value: number, decimals: number): string {
  if (Number.isNaN(value)) return 'NaN'
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  return sign + (Number.isFinite(value) ? groupThousands(roundHalfUp(plainDecimal(Math.abs(value)), decimals)) : '∞')
}

/** A non-negative finite number's shortest round-trip decimal, written out without an exponent ("1e-7" → "0.0000001"). */
function plainDecimal(value: number): string {
  const text = String(value)
  const exponential = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!exponential) return text
  const [, lead = '', rest = '', power = '0'] = exponential
  const mantissa = lead + rest
  const point = 1 + Number(power)
  if (point <= 0) return `0.${'0'.repeat(-point)}${mantissa}`
  if (point >= mantissa.length) return mantissa + '0'.repeat(point - mantissa.length)
  return `${mantissa.slice(0, point)}.${mantissa.slice(point)}`
}

/** A plain decimal ("999.95") to `decimals` places, a half rounded up ("1000.0" at one place). */
function roundHalfUp(decimal: string, decimals: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.')
  const kept = (whole + fraction.padEnd(decimals, '0').slice(0, decimals)).split('').map(Number)
  if ((fraction[decimals] ?? '0') >= '5') {
    let at = kept.length - 1
    while (at >= 0 && kept[at] === 9) kept[at--] = 0
    if (at >= 0) kept[at] = (kept[at] ?? 0) + 1
    else kept.unshift(1)
  }
  const text = kept.join('')
  const point = text.length - decimals
  return decimals > 0 ? `${text.slice(0, point)}.${text.slice(point)}` : text
}

/** Commas between thousands in the whole part: "1234567.9" → "1,234,567.9". */
function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}
