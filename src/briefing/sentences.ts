import { formatForProse, formatValue, formatYear, type FormatSpec } from '../charts/shared/format'
import { computeChange } from '../stats/describeChange'
import type { Indicator } from '../schema/indicators'

/** Everything a sentence about one authority's figure can say; null where the data has nothing. */
export interface FigureFacts {
  areaName: string
  indicator: Pick<Indicator, 'label' | 'unit' | 'decimals' | 'polarity' | 'yearType'> &
    Partial<Pick<Indicator, 'topic'>>
  year: number
  value: number | null
  /** Why value is null, in words ("suppressed to protect confidentiality"). */
  missingReason: string | null
  neighboursMean: number | null
  england: number | null
  /** The figure some years earlier, for the direction and size of change. */
  earlier: { year: number; value: number | null } | null
  /** Rank among all authorities with a figure, rank 1 as the views order it (highest, or the best). */
  rank: { rank: number; of: number; highestFirst: boolean } | null
  /** Against the figure expected from the authority's deprivation (the /deprivation verdict). */
  deprivation: { expected: number; lower: number; upper: number; unusual: boolean; measure: string } | null
}

/** Lower-cases a label's first letter for use mid-sentence, but not an initialism's ("IMD rank…" stays). */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text)

/** A stock measured "at 31 March" is dated "at 31 March 2025"; the label's own "at 31 March" then goes. */
const AT_31_MARCH = /\s+at 31 March\b/i

/**
 * What the figure is and when, for the start of a sentence: the label without a trailing "per 10,000 children…"
 * clause (the formatted value carries the unit) and its date ("children on a child protection plan at 31 March
 * 2025", "referrals to children's social care during the year, year ending 31 March 2025", "…, 2024-25").
 */
export function subjectAndWhen(indicator: Pick<Indicator, 'label' | 'yearType'>, year: number) {
  const label = indicator.label.replace(/\s+per 10,000 children.*$/i, '')
  if (indicator.yearType === '31 March' && AT_31_MARCH.test(label))
    return {
      subject: lowerFirst(label.replace(AT_31_MARCH, '')),
      when: `at 31 March ${year}`,
      since: `31 March ${year}`,
    }
  const when = formatYear(year, indicator.yearType)
  return { subject: lowerFirst(label), when: `, ${when}`, since: when }
}

/**
 * How a figure compares with another, in words. Only measures with a direction say "better" or "worse"; rates of
 * intervention and neutral measures say "higher" or "lower", never whether that is good.
 */
export function compareWord(value: number, other: number, spec: FormatSpec & Pick<Indicator, 'polarity'>): string {
  const factor = 10 ** spec.decimals
  const difference = Math.round(value * factor) - Math.round(other * factor)
  if (difference === 0) return 'the same as'
  const higher = difference > 0
  switch (spec.polarity) {
    case 'higher-is-better':
      return higher ? 'better than' : 'worse than'
    case 'higher-is-worse':
      return higher ? 'worse than' : 'better than'
    default:
      return higher ? 'higher than' : 'lower than'
  }
}

const ordinalQuarter = ['first', 'second', 'third', 'fourth'] as const

/**
 * One or two plain-English sentences about an authority's figure: the value, how it compares with its neighbours and
 * England, the direction and size of change, its rank and quartile, and whether it is unusual for its deprivation.
 * Pure; the same words as the views (describeChange, the deprivation verdict).
 */
export function describeFigure(facts: FigureFacts): string {
  const { areaName } = facts
  // Deprivation describes the area, not how well its council does: compared and ranked without judgement, as the
  // views band it (model/quartileBands).
  const deprivation = facts.indicator.topic === 'deprivation'
  const indicator = deprivation ? { ...facts.indicator, polarity: 'neutral' as const } : facts.indicator
  const { subject, when } = subjectAndWhen(indicator, facts.year)
  const what = `${subject}${when.startsWith(',') ? '' : ' '}${when}`
  const format = (v: number) => formatForProse(v, indicator)
  if (facts.value === null)
    return `${areaName} has no figure for ${what}${facts.missingReason ? ` (${facts.missingReason})` : ''}.`
  const value = facts.value
  const parts: string[] = [`${areaName}, ${what}: ${format(value)}`]
  const comparisons: string[] = []
  if (facts.neighboursMean !== null)
    comparisons.push(
      `${compareWord(value, facts.neighboursMean, indicator)} its statistical neighbours' mean (${format(facts.neighboursMean)})`,
    )
  if (facts.england !== null)
    comparisons.push(`${compareWord(value, facts.england, indicator)} England (${format(facts.england)})`)
  if (comparisons.length) parts[0] += `, ${comparisons.join(' and ')}`
  const sentences = [`${parts[0]}.`]

  if (facts.earlier && facts.earlier.value !== null) {
    const change = computeChange({
      from: facts.earlier.value,
      to: value,
      fromYear: facts.earlier.year,
      toYear: facts.year,
      decimals: indicator.decimals,
    })
    if (change) {
      const { since } = subjectAndWhen(indicator, facts.earlier.year)
      if (change.difference === 0) sentences.push(`It is unchanged since ${since}.`)
      else {
        const size = formatForProse(Math.abs(change.difference), indicator)
        const percent = change.relative === null ? '' : ` (${Math.round(Math.abs(change.relative) * 100)}%)`
        sentences.push(`It has ${change.difference > 0 ? 'risen' : 'fallen'} by ${size}${percent} since ${since}.`)
      }
    }
  }
  if (facts.rank) {
    const { rank, of, highestFirst } = facts.rank
    const position = (rank - 1) / of
    const quarter = ordinalQuarter[Math.min(3, Math.floor(position * 4))]
    const end = deprivation
      ? 'the least deprived'
      : indicator.polarity === 'higher-is-better' || indicator.polarity === 'higher-is-worse'
        ? 'best'
        : highestFirst
          ? 'highest'
          : 'lowest'
    sentences.push(`It ranks ${rank} of ${of} authorities (1 = ${end}), in the ${quarter} quarter.`)
  }
  if (facts.deprivation) {
    const { expected, lower, upper, unusual, measure } = facts.deprivation
    const direction = value >= expected ? 'high' : 'low'
    sentences.push(
      `Given its deprivation (${measure}), about ${format(expected)} would be expected (19 in 20 authorities as deprived: ${format(lower)} to ${format(upper)}): ${unusual ? `it is unusually ${direction} for its deprivation` : 'it is not unusual for its deprivation'}.`,
    )
  }
  return sentences.join(' ')
}

/** What /deprivation's ranking adjusted for deprivation shows for one authority (figureFacts.ts works it out). */
export interface AdjustedPositionFacts {
  areaName: string
  indicator: Pick<Indicator, 'label' | 'unit' | 'decimals' | 'polarity' | 'yearType'>
  year: number
  /** The deprivation measure and edition the figure is adjusted for ("IMD score, IoD2025"). */
  measure: string
  /** Who the ranking ranks: the authority and its statistical neighbours, or every authority. */
  scope: 'neighbours' | 'all'
  /** Rank 1 is the highest adjusted figure (else the lowest), as the chart ranks them. */
  highestFirst: boolean
  /** The adjusted figure and its 95% range, the published figure it comes from and the one expected; null if none. */
  adjusted: {
    value: number
    lower: number
    upper: number
    published: number
    expected: number
    rank: { rank: number; of: number }
  } | null
  /** Why there is no adjusted figure, in words ("suppressed to protect confidentiality"). */
  missingReason: string | null
}

/**
 * The sentence for /deprivation's ranking adjusted for deprivation: the adjusted figure the chart draws, its range and
 * its place in the ranking, then the published figure it comes from and the one expected for the authority's
 * deprivation, so the published figure is never quoted as if it were the adjusted one. Pure.
 */
export function describeAdjustedPosition(facts: AdjustedPositionFacts): string {
  const { areaName, indicator } = facts
  const { subject, when } = subjectAndWhen(indicator, facts.year)
  const what = `${subject}${when.startsWith(',') ? '' : ' '}${when}`
  const format = (v: number) => formatForProse(v, indicator)
  if (!facts.adjusted)
    return `${areaName} has no figure adjusted for deprivation for ${what}${facts.missingReason ? ` (${facts.missingReason})` : ''}.`
  const { value, lower, upper, published, expected, rank } = facts.adjusted
  const among = facts.scope === 'all' ? 'all authorities' : `${areaName} and its statistical neighbours`
  return (
    `${areaName}, ${what}, adjusted for deprivation (${facts.measure}): ${format(value)} (95% range ${format(lower)} ` +
    `to ${format(upper)}), ${rank.rank} of ${rank.of} among ${among} (1 = the ${facts.highestFirst ? 'highest' : 'lowest'}). ` +
    `That is the figure it would have at average deprivation: as published it is ${format(published)}, where about ` +
    `${format(expected)} would be expected for its deprivation.`
  )
}

/** One year of /deprivation's trend adjusted for deprivation, as the chart draws it. */
export interface AdjustedTrendPoint {
  year: number
  /** The IoD edition that year is fitted on (the latest published by then; the earliest before it). */
  edition: number
  adjusted: number
  /** The adjusted figure's 95% range. */
  lower: number
  upper: number
  /** The published figure it comes from. */
  published: number
}

/** What /deprivation's trend adjusted for deprivation shows for one authority (figureFacts.ts works it out). */
export interface AdjustedTrendFacts {
  areaName: string
  indicator: Pick<Indicator, 'label' | 'unit' | 'decimals' | 'yearType'>
  /** The deprivation measure the figures are adjusted for ("IMD score"). */
  measure: string
  /** The year the chart starts at, with or without an adjusted figure. */
  firstYearShown: number
  /** The chart's latest adjusted figure. */
  latest: AdjustedTrendPoint
  /** Its earliest adjusted figure; null when it has only the one. */
  earliest: AdjustedTrendPoint | null
}

/**
 * The sentence for /deprivation's trend adjusted for deprivation: the latest adjusted figure with its 95% range and
 * the IoD edition its year is fitted on, against the earliest on the chart (higher or lower, never better or worse:
 * the fit changes year by year), then the published figures they come from. Pure.
 */
export function describeAdjustedTrend(facts: AdjustedTrendFacts): string {
  const { areaName, latest, earliest } = facts
  // Compared without judgement, as adjusted figures measured against a different fit each year.
  const indicator = { ...facts.indicator, polarity: 'neutral' as const }
  const format = (v: number) => formatForProse(v, indicator)
  const { subject, when } = subjectAndWhen(indicator, latest.year)
  const whenIn = (year: number) => {
    const dated = subjectAndWhen(indicator, year)
    return dated.when.startsWith(',') ? `in ${dated.since}` : dated.when
  }
  const point = (p: AdjustedTrendPoint) =>
    `${format(p.adjusted)} (95% range ${format(p.lower)} to ${format(p.upper)}; ${facts.measure}, IoD${p.edition})`
  const against = earliest
    ? `, ${compareWord(latest.adjusted, earliest.adjusted, indicator)} ${point(earliest)} ${whenIn(earliest.year)}, ` +
      `${earliest.year === facts.firstYearShown ? 'the first year shown' : 'the earliest adjusted figure shown'}`
    : ''
  return (
    `${areaName}, ${subject}${when.startsWith(',') ? '' : ' '}${when}, adjusted for deprivation: ${point(latest)}${against}. ` +
    `That is the figure it would have at average deprivation, each year from that year's own fit: as published it ` +
    `is ${format(latest.published)}${earliest ? ` (${format(earliest.published)} ${whenIn(earliest.year)})` : ''}.`
  )
}

/** A neighbourhood map's subject: how many of the authority's neighbourhoods lie in each national IMD decile. */
export interface NeighbourhoodMapFacts {
  areaName: string
  edition: 2019 | 2025
  total: number
  /** Neighbourhoods in deciles 1 (most deprived 10% of England) to 10. */
  byDecile: readonly number[]
}

/** The sentence for a neighbourhood map: what it shows, and how many neighbourhoods are at either end of England's scale. */
export function describeNeighbourhoodMap(facts: NeighbourhoodMapFacts): string {
  const { areaName, edition, total } = facts
  const share = (n: number) => `${n} (${formatValue((n / total) * 100, { unit: '%', decimals: 1 })})`
  const most = facts.byDecile[0] ?? 0
  const least = facts.byDecile[9] ?? 0
  return (
    `The map shows ${areaName}'s ${total} neighbourhoods (${edition === 2025 ? 2021 : 2011} LSOAs) by national decile ` +
    `of the Index of Multiple Deprivation ${edition}: ${share(most)} are in England's most deprived 10% and ` +
    `${share(least)} in the least deprived 10%.`
  )
}
