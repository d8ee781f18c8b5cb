import { formatFixed } from './fixedDecimals'

/** What a change compares: a figure in an earlier year and in a later one. */
export interface ChangeInput {
  from: number | null
  to: number | null
  fromYear: number
  toYear: number
  /** Decimal places the figure is published with; a change smaller than half the last place is "no change". */
  decimals: number
  /**
   * For a rank: what moving towards rank 1 and towards the last place means ("most deprived", "least deprived"), so
   * the change says which way it moved rather than up or down.
   */
  rankEnds?: { first: string; last: string }
}

/** The change as a number and its direction; null when either end is missing. */
export function computeChange(input: ChangeInput): { difference: number; relative: number | null } | null {
  if (input.from === null || input.to === null) return null
  const factor = 10 ** input.decimals
  // Compare at published precision so 12.30 vs 12.34 published as 12.3 both ways is "no change".
  const difference = (Math.round(input.to * factor) - Math.round(input.from * factor)) / factor
  const relative = input.from !== 0 ? difference / Math.abs(input.from) : null
  return { difference, relative }
}

/**
 * A plain-English change phrase: "Up 12.5 since 2020 (from 70.0, +18%)", "Down 3 since 2024 (from 80)",
 * "No change since 2024", "Not comparable: no figure for 2020". Ranks: "Moved 5 places towards most deprived".
 */
export function describeChange(input: ChangeInput): string {
  const change = computeChange(input)
  if (input.from === null) return `Not comparable: no figure for ${input.fromYear}`
  if (input.to === null || change === null) return `Not comparable: no figure for ${input.toYear}`
  const since = `since ${input.fromYear}`
  if (change.difference === 0) return `No change ${since}`
  const size = formatFixed(Math.abs(change.difference), input.decimals)
  if (input.rankEnds) {
    const places = Math.abs(change.difference) === 1 ? 'place' : 'places'
    const direction = `towards ${change.difference < 0 ? input.rankEnds.first : input.rankEnds.last}`
    return `Moved ${size} ${places} ${direction} ${since} (from ${formatFixed(input.from, input.decimals)})`
  }
  const percent =
    change.relative === null
      ? ''
      : `, ${change.relative > 0 ? '+' : '−'}${formatFixed(Math.abs(change.relative) * 100, 0)}%`
  return `${change.difference > 0 ? 'Up' : 'Down'} ${size} ${since} (from ${formatFixed(input.from, input.decimals)}${percent})`
}
