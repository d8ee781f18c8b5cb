import { z } from './zod'

export const DEFLATOR_IDS = ['gdp', 'sppi'] as const
export type DeflatorId = (typeof DEFLATOR_IDS)[number]

/** One price index as financial-year means, rebased so that its base year is 100. */
export const deflatorSchema = z
  .object({
    id: z.enum(DEFLATOR_IDS),
    /** Plain-English name shown on axes and in methods, e.g. "GDP deflator (ONS YBGB)". */
    label: z.string(),
    /** ONS series identifier, e.g. "YBGB". */
    cdid: z.string(),
    /** Source id (manifest.sources[].id). */
    source: z.string(),
    /** The latest financial year (year ending March) the index reaches; its index is 100. */
    baseYear: z.number().int(),
    /** Financial years, as years ending March, ascending and consecutive. */
    years: z.array(z.number().int()),
    /** Index value for each year, base year = 100. */
    index: z.array(z.number().finite().positive()),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.years.length !== d.index.length)
      ctx.addIssue({ code: 'custom', message: `${d.id}: ${d.years.length} years but ${d.index.length} index values` })
    if (d.years.some((y, i) => i > 0 && y !== (d.years[i - 1] ?? 0) + 1))
      ctx.addIssue({ code: 'custom', message: `${d.id}: years must be ascending and consecutive` })
    if (d.years[d.years.length - 1] !== d.baseYear)
      ctx.addIssue({ code: 'custom', message: `${d.id}: the base year must be the last year` })
    const baseIndex = d.index[d.years.indexOf(d.baseYear)]
    if (baseIndex !== 100) ctx.addIssue({ code: 'custom', message: `${d.id}: the base year's index must be 100` })
  })
export type Deflator = z.infer<typeof deflatorSchema>

/** deflators.json: the price indices the app can deflate cash with; `default` is used unless the user picks another. */
export const deflatorsFileSchema = z
  .object({
    default: z.enum(DEFLATOR_IDS),
    deflators: z.array(deflatorSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (!f.deflators.some((d) => d.id === f.default))
      ctx.addIssue({ code: 'custom', message: `default deflator "${f.default}" is not in the list` })
  })
export type DeflatorsFile = z.infer<typeof deflatorsFileSchema>
