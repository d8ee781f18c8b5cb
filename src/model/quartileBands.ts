import type { Area } from '../schema/areas'
import type { Indicator } from '../schema/indicators'
import type { Series } from '../schema/series'
import type { YearType } from '../schema/yearPeriods'
import { quarterOf, quartilesOf, type Quartiles } from '../stats/quartiles'
import { authoritiesOfYear } from './lifetimes'
import { hasFigureIn, valueAt } from './series'

/**
 * An authority's quartile band among English authorities, as DfE's LAIT computes it. For a measure with a better
 * direction the band is a letter, A the best quarter and D the worst; for a measure with none (`neutral`, or more
 * intervention, which is not better or worse) it is only the quarter of the values, without judgement. Deprivation
 * (IMD and IDACI scores and ranks, low income) describes the area, not how well its council does: its band is the
 * quarter counted from the most deprived end (`deprivation`), with no letter and no judgement.
 */
export type QuartileBand =
  | { judged: true; letter: 'A' | 'B' | 'C' | 'D'; quarter: 1 | 2 | 3 | 4 }
  | { judged: false; quarter: 1 | 2 | 3 | 4; deprivation?: 1 | 2 | 3 | 4 }

const LETTERS = ['A', 'B', 'C', 'D'] as const
const DEPRIVATION_TOPIC: Indicator['topic'] = 'deprivation'

/** What banding needs to know of a measure: which way is better, and whether it is deprivation. */
export type BandedMeasure = Pick<Indicator, 'polarity' | 'topic'>

/**
 * The band of a quarter (1 = lowest values) for a measure: LAIT's A is the lowest quarter of a "Low" measure and the
 * highest of a "High" one; a deprivation measure's polarity says only which end is more deprived.
 */
export function bandOf(quarter: 1 | 2 | 3 | 4, { polarity, topic }: BandedMeasure): QuartileBand {
  if (topic === DEPRIVATION_TOPIC && (polarity === 'higher-is-worse' || polarity === 'higher-is-better'))
    return { judged: false, quarter, deprivation: polarity === 'higher-is-worse' ? ((5 - quarter) as 1) : quarter }
  if (polarity === 'higher-is-worse') return { judged: true, letter: LETTERS[quarter - 1] ?? 'A', quarter }
  if (polarity === 'higher-is-better') return { judged: true, letter: LETTERS[4 - quarter] ?? 'A', quarter }
  return { judged: false, quarter }
}

const QUARTER_WORDS = ['lowest quarter', 'second-lowest quarter', 'second-highest quarter', 'highest quarter'] as const
const DEPRIVATION_WORDS = [
  'most deprived quarter',
  'second most deprived quarter',
  'second least deprived quarter',
  'least deprived quarter',
] as const
const LETTER_WORDS = {
  A: 'the best quarter',
  B: 'the second-best quarter',
  C: 'the second-worst quarter',
  D: 'the worst quarter',
} as const

/**
 * The band in words: "A (the best quarter)"; for a measure without a better direction "highest quarter"; for
 * deprivation "most deprived quarter".
 */
export function describeBand(band: QuartileBand): string {
  if (band.judged) return `${band.letter} (${LETTER_WORDS[band.letter]})`
  return (band.deprivation ? DEPRIVATION_WORDS[band.deprivation - 1] : QUARTER_WORDS[band.quarter - 1]) ?? ''
}

/** How the bands are worked out, for the method notes beside them. */
export const BANDING_METHOD =
  'Quartile bands are worked out as in DfE’s LAIT: the quartiles of every English authority’s figure that year (R’s default quantiles, City of London and Isles of Scilly included), a figure on a boundary going to the lower quarter. Where a measure has a better direction, A is the better quarter and D the worse; a measure without one (such as how many children are in need) only gets its quarter, lowest to highest, and a deprivation measure its quarter from the most to the least deprived, which says nothing about how well a council does.'

/** Which end band A is, for a measure with a better direction ("A = lowest, the better end"); null without one. */
export function describeBandEnds(measure: BandedMeasure): string | null {
  if (bandOf(1, measure).judged === false) return null
  if (measure.polarity === 'higher-is-worse') return 'A = lowest, the better end'
  return 'A = highest, the better end'
}

/** The band of one authority's figure, with the quartiles it was placed by and how many authorities they span. */
export interface EnglandQuartileBand {
  band: QuartileBand
  quartiles: Quartiles
  of: number
}

/** The quartiles of the English authorities' figures for a year: every authority of the year (authoritiesOfYear) with a figure. */
export function englandQuartiles(
  series: Series,
  year: number,
  areas: readonly Area[],
  yearType: YearType,
): { quartiles: Quartiles; of: number } | null {
  const values = authoritiesOfYear(areas, year, yearType, hasFigureIn(series, year))
    .map((a) => valueAt(series, a.code, year).value)
    .filter((v): v is number => v !== null)
  const quartiles = quartilesOf(values)
  return quartiles ? { quartiles, of: values.length } : null
}

/**
 * Every English authority's quartile band for a year, as LAIT computes it, by code: the authorities of the year with
 * a figure. Empty for a measure LAIT shows no bands for (`noQuartiles`: too small a range).
 */
export function bandsWithinEngland(
  series: Series,
  year: number,
  areas: readonly Area[],
  indicator: BandedMeasure & Pick<Indicator, 'noQuartiles' | 'yearType'>,
): Map<string, EnglandQuartileBand> {
  const bands = new Map<string, EnglandQuartileBand>()
  const england = indicator.noQuartiles ? null : englandQuartiles(series, year, areas, indicator.yearType)
  if (!england) return bands
  for (const area of authoritiesOfYear(areas, year, indicator.yearType, hasFigureIn(series, year))) {
    const { value } = valueAt(series, area.code, year)
    if (value !== null)
      bands.set(area.code, { band: bandOf(quarterOf(value, england.quartiles), indicator), ...england })
  }
  return bands
}

/**
 * One authority's quartile band among English authorities for a year (bandsWithinEngland); null when it has no figure,
 * is not one of that year's authorities, or the measure has no bands.
 */
export function bandWithinEngland(
  series: Series,
  year: number,
  areaCode: string,
  areas: readonly Area[],
  indicator: BandedMeasure & Pick<Indicator, 'noQuartiles' | 'yearType'>,
): EnglandQuartileBand | null {
  return bandsWithinEngland(series, year, areas, indicator).get(areaCode) ?? null
}
