import { FLAG_LABELS, type Flag } from '../../schema/flags'
import { areaColour, ENGLAND_COLOUR, GROUP_COLOUR } from '../shared/palette'

/** What a trend line is: a local authority, a comparator group's average, or England. */
export type TrendRole = 'area' | 'group' | 'england'

/** One line's raw figures, aligned with years. */
export interface TrendLineInput {
  key: string
  label: string
  role: TrendRole
  years: readonly number[]
  values: readonly (number | null)[]
  flags?: readonly (Flag | null)[]
  /** First year of a reorganised authority: the line is broken before it and the break is marked. */
  breakBefore?: { year: number; note: string }
  /** A note per year (e.g. "7 of 10 had data" for a group average), shown in tooltips and tables. */
  notes?: readonly (string | null)[]
}

export interface TrendPoint {
  year: number
  value: number | null
  flag: Flag | null
  /** Plain-English reason a value is missing ("suppressed to protect confidentiality"), or null. */
  missingReason: string | null
  note: string | null
}

/** A line ready to place: contiguous runs of values, plus the years that need a gap marker. */
export interface TrendSeries {
  key: string
  label: string
  role: TrendRole
  colour: string
  dash: string | null
  points: TrendPoint[]
  /** Runs of consecutive years with values; a line is drawn through each, never across a gap or a break. */
  segments: TrendPoint[][]
  /** Years inside the series' span without a value (a visible gap with its flag). */
  gaps: TrendPoint[]
  breakBefore: { year: number; note: string } | null
}

/** A year from which the indicator's figures change basis (its catalogue `breaks`), with what changed. */
export interface MethodBreak {
  year: number
  note: string
}

export interface TrendModel {
  years: number[]
  series: TrendSeries[]
  /** Method breaks inside the chart's years (after its first): every line is broken before each. */
  methodBreaks: MethodBreak[]
  /** Smallest and largest value drawn, or null when nothing has data. */
  extent: [number, number] | null
}

const DASHES: Record<TrendRole, string | null> = { area: null, group: '6 4', england: '2 3' }

/**
 * Builds the trend chart model: restricts each line to [firstYear, lastYear], splits it into drawable segments at
 * missing values, reorganisation breaks and method breaks, and assigns colours (areas in palette order, England and groups grey).
 */
export function buildTrendSeries(
  lines: readonly TrendLineInput[],
  options: {
    firstYear: number
    lastYear: number
    /** Every line is broken before this year (e.g. where real-terms figures give way to cash ones). */
    breakAt?: number
    /** The indicator's method breaks: every line is broken before each, and the chart marks and explains it. */
    methodBreaks?: readonly MethodBreak[] | undefined
  },
): TrendModel {
  const years: number[] = []
  for (let y = options.firstYear; y <= options.lastYear; y++) years.push(y)
  const methodBreaks = (options.methodBreaks ?? []).filter(
    (b) => b.year > options.firstYear && b.year <= options.lastYear,
  )
  const breakYears = new Set([
    ...(options.breakAt === undefined ? [] : [options.breakAt]),
    ...methodBreaks.map((b) => b.year),
  ])
  let areaIndex = 0
  let min = Infinity
  let max = -Infinity

  const series = lines.map((line): TrendSeries => {
    const colour =
      line.role === 'area' ? areaColour(areaIndex++) : line.role === 'england' ? ENGLAND_COLOUR : GROUP_COLOUR
    const points = years.map((year): TrendPoint => {
      const i = line.years.indexOf(year)
      const value = i >= 0 ? (line.values[i] ?? null) : null
      const flag = i >= 0 ? (line.flags?.[i] ?? null) : null
      const note = i >= 0 ? (line.notes?.[i] ?? null) : null
      const beforeStart = line.breakBefore && year < line.breakBefore.year
      const missingReason =
        value !== null ? null : flag ? FLAG_LABELS[flag] : beforeStart ? 'authority did not exist yet' : 'no figure'
      return { year, value, flag, missingReason, note }
    })
    const segments: TrendPoint[][] = []
    let run: TrendPoint[] = []
    for (const p of points) {
      const breaksHere = line.breakBefore?.year === p.year || breakYears.has(p.year)
      if (p.value === null || breaksHere) {
        if (run.length) segments.push(run)
        run = []
      }
      if (p.value !== null) {
        run.push(p)
        min = Math.min(min, p.value)
        max = Math.max(max, p.value)
      }
    }
    if (run.length) segments.push(run)
    // A gap is a missing year between the line's first and last values, or any flagged year, but never a year
    // before the authority existed (DfE flags those 'z', not applicable).
    const withValue = points.filter((p) => p.value !== null)
    const first = withValue[0]?.year ?? Infinity
    const last = withValue[withValue.length - 1]?.year ?? -Infinity
    const existsFrom = line.breakBefore?.year ?? -Infinity
    const gaps = points.filter(
      (p) => p.value === null && p.year >= existsFrom && (p.flag !== null || (p.year > first && p.year < last)),
    )
    return {
      key: line.key,
      label: line.label,
      role: line.role,
      colour,
      dash: DASHES[line.role],
      points,
      segments,
      gaps,
      breakBefore: line.breakBefore ?? null,
    }
  })
  return { years, series, methodBreaks: methodBreaks.map((b) => ({ ...b })), extent: min <= max ? [min, max] : null }
}
