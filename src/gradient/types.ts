import type { CwipGradientFile, LsoaIndexFile } from '../schema/lsoaPopulation'

export const MEASURES = ['cin', 'cpp', 'cla'] as const
export type Measure = (typeof MEASURES)[number]

export const MEASURE_LABELS: Record<Measure, string> = {
  cin: 'Children in need',
  cpp: 'Children on a child protection plan',
  cla: 'Children looked after',
}

/** A problem with the user's file, named by row (1-based, as a spreadsheet shows it, header = row 1) and column. */
export interface UploadProblem {
  kind:
    | 'empty'
    | 'too-large'
    | 'unreadable'
    | 'no-lsoa-column'
    | 'no-count-column'
    | 'unknown-lsoa'
    | 'outside-authority'
    | 'mixed-vintages'
    | 'duplicate'
    | 'negative'
    | 'not-a-number'
  message: string
}

/** What the worker needs to know about the chosen authority's neighbourhoods (all published data, none the user's). */
export interface GradientReference {
  areaCode: string
  areaName: string
  /** Code → name of every authority, to name the ones a stray neighbourhood lies in. */
  areaNames: Record<string, string>
  index: LsoaIndexFile
  lsoa11: { codes: string[]; children0to17: number[]; deciles: number[] }
  /** 2021 LSOAs with their IoD2025 IMD deciles (0 for one IoD2025 places in another authority) and children 0-15. */
  lsoa21: { codes: string[]; children0to15: number[]; deciles: number[] }
  ratio16to17: number
  lsoa11to21: Array<[number, string, number]>
  cwip: CwipGradientFile
}

/** A column of the file read as one of the measures; `confirmed` is false where the header was a variant name. */
export interface ColumnChoice {
  header: string
  index: number
  measure: Measure | null
  exact: boolean
}

export interface DecileResult {
  /** IoD decile, 1 = most deprived 10% of England. */
  decile: number
  /** The authority's neighbourhoods in the decile. */
  neighbourhoods: number
  /** Of those, how many had a count in the file (not missing, not suppressed). */
  counted: number
  /** Children aged 0-17 in the neighbourhoods with a count (the denominator). */
  children: number
  /**
   * 'shown': count, rate and interval follow. 'fewer-than-10': under 10 children counted. 'one-neighbourhood': the
   * figure would be a single neighbourhood's. 'none': no neighbourhood with a count.
   */
  status: 'shown' | 'fewer-than-10' | 'one-neighbourhood' | 'none'
  count: number | null
  rate: number | null
  lower: number | null
  upper: number | null
}

export interface GradientSummary {
  multiplier: number
  lower: number
  upper: number
  /** Deciles whose figures went into the fit. */
  deciles: number[]
}

export interface MeasureResult {
  measure: Measure
  deciles: DecileResult[]
  /** Poisson regression on the shown deciles: rate multiplier per decile step towards more deprivation. */
  gradient: GradientSummary | null
  /** Rate in the most deprived fifth (deciles 1-2) over the least deprived fifth (9-10), shown deciles only. */
  fifthRatio: { ratio: number; mostDeprived: number[]; leastDeprived: number[] } | null
  /** CWIP's England 2015 rates for the measure (none for children in need), on the IoD decile numbering. */
  cwip: { rates: number[]; gradient: GradientSummary | null } | null
  /** Plain-language notes: deciles left out and why, unknown counts. */
  notes: string[]
}

export interface GradientResult {
  areaCode: string
  areaName: string
  vintage: 2011 | 2021
  /** True when 2011 codes were moved onto 2021 LSOAs. */
  moved: boolean
  synthetic: boolean
  fileName: string
  rows: number
  measures: MeasureResult[]
  notes: string[]
}
