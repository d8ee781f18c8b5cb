import type { Flag } from '../schema/flags'
import { FLAG_LABELS } from '../schema/flags'
import { CHOROPLETH_PALETTE, NO_DATA_FILL, SUPPRESSED_FILL } from './palette'

/** Number of quantile classes on the England map. */
export const CLASS_COUNT = CHOROPLETH_PALETTE.length

/** Flags that mean a figure exists but was withheld (drawn hatched); other null figures are "no data" (grey). */
export const SUPPRESSION_FLAGS: readonly Flag[] = ['c', 'low']

/** One authority's figure for the year being drawn. */
export interface AreaDatum {
  /** GSS code of the series. */
  areaCode: string
  /** Published figure, or null (see flag). */
  value: number | null
  /** Why the value is null or caveated, if the source says. */
  flag: Flag | null
}

export type DatumStatus = 'value' | 'suppressed' | 'no-data'

/** One colour class of the legend; bounds are the smallest and largest values drawn in it. */
export interface ChoroplethClass {
  /** 0 = lowest class. */
  index: number
  colour: string
  /** Smallest value in the class (including authorities excluded from the breaks). */
  min: number
  /** Largest value in the class. */
  max: number
  /** How many drawn authorities fall in the class. */
  count: number
}

export interface Choropleth {
  /** Quintile thresholds (after dropping ties): a value at or above a threshold goes in the class above it. */
  thresholds: number[]
  /** Classes that hold at least one authority, lowest first (fewer than CLASS_COUNT when values tie). */
  classes: ChoroplethClass[]
  /** How many authorities' values the breaks were computed from. */
  breakCount: number
  /** Authorities drawn with a value but left out of the breaks (City of London, Isles of Scilly). */
  excludedFromBreaks: string[]
  /** Colour class index per drawn area code with a value. */
  classOf: Map<string, number>
}

/** Status of a datum: a number, a withheld number, or nothing. */
export function statusOf(datum: Pick<AreaDatum, 'value' | 'flag'> | undefined): DatumStatus {
  if (datum && datum.value !== null) return 'value'
  if (datum?.flag && SUPPRESSION_FLAGS.includes(datum.flag)) return 'suppressed'
  return 'no-data'
}

/** Why an authority has no number, spelt out ("suppressed to protect confidentiality", "not available", …). */
export function describeMissing(datum: Pick<AreaDatum, 'flag'> | undefined): string {
  if (datum?.flag) return FLAG_LABELS[datum.flag]
  return 'no figure published'
}

/**
 * The R-7 (Excel / d3) quantile of sorted numbers.
 * Kept here rather than importing d3-array so the model stays dependency-free and obviously correct.
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length
  if (n === 0) throw new RangeError('quantile of no values')
  const h = (n - 1) * p
  const lo = Math.floor(h)
  const a = sorted[lo] as number
  const b = sorted[Math.min(lo + 1, n - 1)] as number
  return a + (b - a) * (h - lo)
}

/** The class a value falls in: a value at or above a threshold goes in the class above it. */
export function classIndex(thresholds: readonly number[], value: number): number {
  let i = 0
  while (i < thresholds.length && value >= (thresholds[i] as number)) i++
  return i
}

/**
 * Quintile classes for the authorities drawn in one year.
 * Breaks come from the values of the drawn authorities except `excludedCodes` (City of London and Isles of Scilly,
 * whose tiny populations give extreme rates); the excluded ones are still coloured, by the class their value falls in.
 * Ties can make thresholds coincide: duplicates are dropped, so there may be fewer than five classes, never empty ones.
 */
export function buildChoropleth(data: readonly AreaDatum[], excludedCodes: ReadonlySet<string>): Choropleth {
  const withValue = data.filter((d): d is AreaDatum & { value: number } => d.value !== null)
  const forBreaks = withValue
    .filter((d) => !excludedCodes.has(d.areaCode))
    .map((d) => d.value)
    .sort((a, b) => a - b)
  const excludedFromBreaks = withValue.filter((d) => excludedCodes.has(d.areaCode)).map((d) => d.areaCode)
  const thresholds: number[] = []
  if (forBreaks.length > 0) {
    for (let k = 1; k < CLASS_COUNT; k++) {
      const t = quantileSorted(forBreaks, k / CLASS_COUNT)
      const last = thresholds[thresholds.length - 1]
      // A threshold at or below the minimum would leave class 0 empty; equal thresholds would leave a class empty.
      if (t > (forBreaks[0] as number) && (last === undefined || t > last)) thresholds.push(t)
    }
  }
  const rawClassOf = new Map<string, number>()
  const bounds = new Map<number, { min: number; max: number; count: number }>()
  for (const d of withValue) {
    const i = classIndex(thresholds, d.value)
    rawClassOf.set(d.areaCode, i)
    const b = bounds.get(i)
    if (b) {
      b.min = Math.min(b.min, d.value)
      b.max = Math.max(b.max, d.value)
      b.count++
    } else bounds.set(i, { min: d.value, max: d.value, count: 1 })
  }
  const used = [...bounds.keys()].sort((a, b) => a - b)
  const colourFor = (rank: number) => classColour(rank, used.length)
  const renumber = new Map(used.map((raw, rank) => [raw, rank]))
  const classes = used.map((raw, rank) => {
    const b = bounds.get(raw) as { min: number; max: number; count: number }
    return { index: rank, colour: colourFor(rank), ...b }
  })
  const classOf = new Map([...rawClassOf].map(([code, raw]) => [code, renumber.get(raw) as number]))
  return { thresholds, classes, breakCount: forBreaks.length, excludedFromBreaks, classOf }
}

/** The colour of class `rank` of `count`: the classes spread over the palette, so 2 or 3 still span light to dark. */
export function classColour(rank: number, count: number): string {
  return CHOROPLETH_PALETTE[count <= 1 ? 0 : Math.round((rank * (CLASS_COUNT - 1)) / (count - 1))] as string
}

/** Fill for an area: its class colour, the hatch for a withheld figure, grey for no figure. */
export function fillFor(choropleth: Choropleth, datum: AreaDatum | undefined): string {
  const status = statusOf(datum)
  if (status === 'suppressed') return SUPPRESSED_FILL
  if (status === 'no-data' || !datum) return NO_DATA_FILL
  const i = choropleth.classOf.get(datum.areaCode)
  return i === undefined ? NO_DATA_FILL : (choropleth.classes[i]?.colour ?? NO_DATA_FILL)
}

/** Legend text for a class: "12.3 to 45.6", or a single value when every member ties. */
export function formatClassRange(cls: Pick<ChoroplethClass, 'min' | 'max'>, format: (v: number) => string): string {
  const lo = format(cls.min)
  const hi = format(cls.max)
  return lo === hi ? lo : `${lo} to ${hi}`
}
