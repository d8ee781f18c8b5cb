import { z } from './zod'

export const POLARITIES = ['higher-is-more-intervention', 'higher-is-better', 'higher-is-worse', 'neutral'] as const
/**
 * What a series' year means: at 31 March, a financial year (2025 = FY 2024-25), at 30 September (the social work
 * workforce census), an academic year (2025 = 2024/25), a calendar year, the January school census, a three-year
 * period ending that year (2016 = 2014-16) or an IMD edition.
 */
export const YEAR_TYPES = [
  '31 March',
  'financial year',
  '30 September',
  'academic year',
  'calendar year',
  'January census',
  'three-year period',
  'edition',
] as const
/** "number" is an amount that need not be whole (full-time equivalents, an average caseload); "count" is whole. */
export const UNITS = ['rate per 10,000', 'rate per 100,000', 'count', 'number', '£', '%', 'score', 'rank'] as const
/** Topics, in reading order: the first seven follow DfE's LAIT topics for children's social care. */
export const TOPICS = [
  'children-in-need',
  'child-protection',
  'looked-after',
  'adoption',
  'workforce',
  'youth-justice',
  'spending',
  'economic',
  'population',
  'deprivation',
  'context',
] as const
/**
 * The app's fixed lists an indicator can belong to: the profile's headline figures and trend charts, the /compare
 * small multiples, the measures computed similar authorities are matched on by default, the deprivation measures
 * /deprivation plots against, and the spending page's total, categories and share.
 */
export const ROLES = [
  'defaultIndicator',
  'headline',
  'deprivationHeadline',
  'profileTrend',
  'smallMultiples',
  'similarity',
  'deprivationMeasure',
  'spendingTotal',
  'spendingCategory',
  'spendingOther',
  'spendingShare',
] as const
export type Role = (typeof ROLES)[number]

const INDICATOR_ID = /^[a-z0-9_]+$/

export const indicatorSchema = z
  .object({
    id: z.string().regex(INDICATOR_ID),
    label: z.string(),
    shortLabel: z.string(),
    topic: z.enum(TOPICS),
    unit: z.enum(UNITS),
    /** Decimal places the figure is published (and shown) with. */
    decimals: z.number().int().min(0).max(4),
    polarity: z.enum(POLARITIES),
    yearType: z.enum(YEAR_TYPES),
    /** Source ids (manifest.sources[].id) the series is built from, most recent publication first. */
    source: z.array(z.string()),
    definition: z.string(),
    /** How the ETL derived the figure, if it is not used as published. */
    method: z.string().optional(),
    caveats: z.string().optional(),
    /** Years from which the series changes basis (not a reorganisation): figures either side are not comparable. */
    breaks: z.array(z.object({ year: z.number().int(), note: z.string() }).strict()).optional(),
    /** For a rate or a per-child figure: the indicator holding its numerator (the count, or the cash total). */
    count: z.string().regex(INDICATOR_ID).optional(),
    /** For a rate or a per-child figure: the indicator holding its denominator (the child population). */
    denominator: z.string().regex(INDICATOR_ID).optional(),
    /** For a rank: the measure ranked, which end is rank 1, and how many places are ranked when that is fixed. */
    rankOf: z
      .object({
        measure: z.string().regex(INDICATOR_ID),
        first: z.enum(['highest', 'lowest']),
        among: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** What rank 1 means, worded from `rankOf` by the build ("1 = highest IMD score, the most deprived"). */
    rankOrder: z.string().optional(),
    /** What a move towards rank 1 and towards the last rank means, worded from `rankOf` ("most deprived"). */
    rankEnds: z.object({ first: z.string(), last: z.string() }).strict().optional(),
    /** For a rank of an area's most deprived part: the indicator with the rank of its least deprived part. */
    rangeEnd: z.string().regex(INDICATOR_ID).optional(),
    /** For a spending figure: what the money is spent on, as titles and legends name it ("Children looked after"). */
    subject: z.string().optional(),
    /** DfE LAIT's short name for the measure (`Measure_short` in its data dictionary), to trace the figure back. */
    laitMeasure: z.string().optional(),
    /** The title LAIT gives the measure's chart, where the source names one. */
    chartTitle: z.string().optional(),
    /** What the value axis is called, as the source words it ("Turnover rate", "% of referrals"). */
    axisLabel: z.string().optional(),
    /** How the publisher compiles the figure (the source's methodology text, not a derivation by the ETL). */
    methodology: z.string().optional(),
    /** Who publishes the figure, as the source names them ("DfE", "Ofsted"). */
    publisher: z.string().optional(),
    /** When the publisher last updated it and plans to next (ISO date, or the source's words such as "TBC"). */
    lastUpdate: z.string().optional(),
    nextUpdate: z.string().optional(),
    /** The range is too small for quartile bands to mean anything (LAIT's `No_Quartile`): no band is shown. */
    noQuartiles: z.literal(true).optional(),
    /** The app lists the indicator belongs to, each with its place in that list (1 = first). */
    roles: z.partialRecord(z.enum(ROLES), z.number().int().min(1)).optional(),
  })
  .strict()
export type Indicator = z.infer<typeof indicatorSchema>

export const indicatorsFileSchema = z.array(indicatorSchema)
