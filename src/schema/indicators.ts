import { z } from './zod'

export const POLARITIES = ['higher-is-more-intervention', 'higher-is-better', 'higher-is-worse', 'neutral'] as const
export const YEAR_TYPES = ['31 March', 'financial year', 'edition'] as const
export const UNITS = ['rate per 10,000', 'count', '£', '%', 'score', 'rank'] as const
export const TOPICS = ['intervention', 'population', 'spending', 'deprivation', 'context'] as const

export const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
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
  })
  .strict()
export type Indicator = z.infer<typeof indicatorSchema>

export const indicatorsFileSchema = z.array(indicatorSchema)
