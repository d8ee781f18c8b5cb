import { z } from './zod'

export const POLARITIES = ['higher-is-more-intervention', 'higher-is-better', 'higher-is-worse', 'neutral'] as const
export const YEAR_TYPES = ['31 March', 'financial year', 'edition'] as const
export const UNITS = ['rate per 10,000', 'count', '£', '%', 'score', 'rank'] as const
export const TOPICS = ['intervention', 'population', 'spending', 'deprivation', 'context'] as const
/**
 * The app's fixed lists an indicator can belong to: the profile's headline figures and trend charts, the /compare
 * small multiples, the measures computed similar authorities are matched on by default, the deprivation measures
 * /deprivation plots against, and the spending page's total, categories and share.
 */
export const ROLES = [
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
    /** The app lists the indicator belongs to, each with its place in that list (1 = first). */
    roles: z.partialRecord(z.enum(ROLES), z.number().int().min(1)).optional(),
  })
  .strict()
export type Indicator = z.infer<typeof indicatorSchema>

export const indicatorsFileSchema = z.array(indicatorSchema)
