/** The smallest number of children counted in a decile for its figures to be shown. */
export const MIN_CHILDREN_SHOWN = 10

/** The rule as it is stated on the page and in every export. */
export const DISCLOSURE_RULE =
  'Disclosure control: no figure for a single neighbourhood from the council\'s file is shown or exported; only totals by national deprivation decile. A decile with fewer than 10 children counted is shown as "fewer than 10", and a decile whose total would be one neighbourhood\'s is not shown; both are left out of the ratio and the gradient.'

export type DecileStatus = 'shown' | 'fewer-than-10' | 'one-neighbourhood' | 'none'

/** Whether a decile's total may be shown, from how many neighbourhoods contributed a count and the total counted. */
export function decileStatus(contributingNeighbourhoods: number, count: number): DecileStatus {
  if (contributingNeighbourhoods === 0) return 'none'
  if (count < MIN_CHILDREN_SHOWN) return 'fewer-than-10'
  if (contributingNeighbourhoods < 2) return 'one-neighbourhood'
  return 'shown'
}

export const STATUS_TEXT: Record<Exclude<DecileStatus, 'shown'>, string> = {
  'fewer-than-10': 'fewer than 10',
  'one-neighbourhood': 'one neighbourhood only: not shown',
  none: 'no neighbourhood with a count',
}
