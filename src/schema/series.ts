import { z } from './zod'
import { flagSchema } from './flags'

const value = z.number().finite().nullable()
const flag = flagSchema.nullable()

export const YEAR_PROVENANCES = ['published', 'computed'] as const

export const seriesSchema = z
  .object({
    id: z.string(),
    /** Years ending 31 March (2025 = at 31 March 2025, or FY 2024-25); IMD by edition year. Ascending. */
    years: z.array(z.number().int()),
    /** One value per year per area code; null where the source has no number (see flags). */
    values: z.record(z.string(), z.array(value)),
    /** Why a value is null (or caveated), aligned with values. Present only for areas with at least one flag. */
    flags: z.record(z.string(), z.array(flag)).optional(),
    /** England's published value for each year. */
    england: z.array(value),
    englandFlags: z.array(flag).optional(),
    /** Published regional values keyed by region code (E12…, E13… for Inner/Outer London). */
    regions: z.record(z.string(), z.array(value)).optional(),
    /** For each year, the source id the figures came from (the most recent publication that has the year). */
    yearSources: z.array(z.string()),
    /** For each year, whether the figures are as published or computed by the ETL (see the indicator's method). */
    yearProvenance: z.array(z.enum(YEAR_PROVENANCES)),
    /**
     * Years (keys) whose figures are only partly computed: the area codes whose figure that year is computed; the
     * others are as published (IoD2025: counties computed, unitary authorities published). Absent when no year mixes.
     */
    computedAreas: z.record(z.string(), z.array(z.string())).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const n = s.years.length
    const check = (arr: unknown[] | undefined, path: string) => {
      if (arr && arr.length !== n)
        ctx.addIssue({ code: 'custom', message: `${path} has ${arr.length} entries for ${n} years` })
    }
    check(s.england, 'england')
    check(s.englandFlags, 'englandFlags')
    check(s.yearSources, 'yearSources')
    check(s.yearProvenance, 'yearProvenance')
    for (const [k, v] of Object.entries(s.values)) check(v, `values.${k}`)
    for (const [k, v] of Object.entries(s.flags ?? {})) check(v, `flags.${k}`)
    for (const [k, v] of Object.entries(s.regions ?? {})) check(v, `regions.${k}`)
    for (let i = 1; i < n; i++) {
      if ((s.years[i] ?? 0) <= (s.years[i - 1] ?? 0)) ctx.addIssue({ code: 'custom', message: 'years must ascend' })
    }
  })
export type Series = z.infer<typeof seriesSchema>

/** Whether an area's figure in a year (index into years) is computed by the ETL rather than as published. */
export function isComputedFigure(series: Series, areaCode: string, yearIndex: number): boolean {
  if (series.yearProvenance[yearIndex] !== 'computed') return false
  const partly = series.computedAreas?.[String(series.years[yearIndex])]
  return partly ? partly.includes(areaCode) : true
}
