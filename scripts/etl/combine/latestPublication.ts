import * as aq from 'arquero'
import { formatLocation, SourceError } from '../../lib/sourceError'
import { describeObservation } from '../validation/describe'
import { checkDuplicates } from '../validation/duplicates'
import type { Observation } from '../types'

const { op } = aq

/** The key of one figure: an indicator, an area and a year. */
export const figureKey = (o: Pick<Observation, 'indicatorId' | 'areaCode' | 'year'>) =>
  `${o.indicatorId}|${o.areaCode}|${o.year}`

/**
 * A blank: a null with flag '-', a source's "no figure here" that says nothing about why (LAIT writes it for every
 * figure it lacks: not collected, suppressed, low reliability, an authority that did not exist).
 */
export const isBlank = (o: Pick<Observation, 'value' | 'flag'>) => o.value === null && o.flag === '-'

interface Ranked {
  index: number
  indicatorId: string
  areaCode: string
  year: number
  release: number
  informative: number
  value: number | null
  flag: string | null
  sourceId: string
}

/**
 * The most recent publication wins: for each indicator, area and year, the observation with the highest release,
 * except that a blank never hides a figure or a more informative flag from another publication (a blank wins only
 * where it is the sole word on that figure).
 *
 * The tie rule (the same release for one figure): the observation that comes first in build order wins. It only ever
 * chooses between equal figures: two different figures (value or flag) for one indicator, area and year from the same
 * release make the input ambiguous, and stop the build naming them.
 *
 * Returns the winners in input order.
 */
export function pickLatestPublications(observations: readonly Observation[]): Observation[] {
  if (observations.length === 0) return []
  const table = aq.from(
    observations.map((o, index): Ranked => ({
      index,
      indicatorId: o.indicatorId,
      areaCode: o.areaCode,
      year: o.year,
      release: o.release,
      informative: isBlank(o) ? 0 : 1,
      value: o.value,
      flag: o.flag,
      sourceId: o.sourceId,
    })),
  )
  const ranked = table
    .groupby('indicatorId', 'areaCode', 'year')
    .orderby(aq.desc('informative'), aq.desc('release'), 'index')
    .derive({
      rank: () => op.row_number(),
      nextInformative: (d: Ranked) => op.lead(d.informative),
      nextRelease: (d: Ranked) => op.lead(d.release),
      nextValue: (d: Ranked) => op.lead(d.value),
      nextFlag: (d: Ranked) => op.lead(d.flag),
      nextIndex: (d: Ranked) => op.lead(d.index),
    })
    .filter((d: { rank: number }) => d.rank === 1)
    .ungroup()
  const conflicts = ranked
    .filter(
      (
        d: Ranked & { nextInformative: number; nextRelease: number; nextValue: number | null; nextFlag: string | null },
      ) =>
        d.nextRelease === d.release &&
        d.nextInformative === d.informative &&
        (d.nextValue !== d.value || d.nextFlag !== d.flag),
    )
    .objects() as (Ranked & { nextIndex: number })[]
  const first = conflicts[0]
  if (first) {
    const [a, b] = [observations[first.index], observations[first.nextIndex]] as [Observation, Observation]
    // Two rows of one file: the validation check's message names both rows.
    checkDuplicates([a, b])
    throw new SourceError(
      b.origin ?? { file: `publication ${b.sourceId} (release ${b.release})` },
      `${conflicts.length} figure(s) given twice with different values in one release, e.g. ${describeObservation(a)}: ${show(a)}${a.origin ? ` at ${formatLocation(a.origin)}` : ''} and ${show(b)}${b.origin ? ` at ${formatLocation(b.origin)}` : ''}`,
    )
  }
  return Array.from(ranked.orderby('index').array('index') as ArrayLike<number>, (i) => observations[i] as Observation)
}

/** pickLatestPublications of one indicator's observations, keyed by "areaCode|year". */
export function latestByAreaYear(observations: readonly Observation[]): Map<string, Observation> {
  return new Map(pickLatestPublications(observations).map((o) => [`${o.areaCode}|${o.year}`, o]))
}

function show(o: Observation): string {
  return o.value === null ? `flag "${o.flag ?? ''}"` : String(o.value)
}
