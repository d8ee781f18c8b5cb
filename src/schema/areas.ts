import { z } from './zod'

export const GSS_CODE = /^E(06|08|09|10)\d{6}$/
export const REGION_CODE = /^E1[23]\d{6}$/
/** The code England's published figures carry in the raw files (series files hold them apart, in `england`). */
export const ENGLAND_CODE = 'E92000001'

export const AREA_TYPES = ['county', 'unitary', 'metropolitan district', 'london borough'] as const

export const areaSchema = z
  .object({
    /** 9-character GSS code of the series (the current code where only the code changed). */
    code: z.string().regex(GSS_CODE),
    /** DfE 3-digit LA number (old_la_code). */
    laNumber: z.number().int().min(200).max(999),
    name: z.string().min(1),
    /** Other names the authority is known by (former names, DfE and ONS spellings), for search and joins. */
    aliases: z.array(z.string()),
    /** Region name, e.g. "North East". */
    region: z.string(),
    /** Region GSS code (E12…). */
    regionCode: z.string().regex(REGION_CODE),
    type: z.enum(AREA_TYPES),
    status: z.enum(['current', 'former']),
    /** Codes this same area carried before a recode (same area, same series). */
    formerCodes: z.array(z.string().regex(GSS_CODE)).optional(),
    /**
     * Codes ONS gave this authority later that the series are not (yet) published under: Barnsley E08000038 and
     * Sheffield E08000039 since April 2025. Accepted wherever a code is (search, addresses, the ETL's joins).
     */
    laterCodes: z.array(z.string().regex(GSS_CODE)).optional(),
    /** For a former authority: the authorities that took over its area. */
    successors: z.array(z.string().regex(GSS_CODE)).optional(),
    /** For an authority created by a reorganisation: the authorities whose area it took over. */
    predecessors: z.array(z.string().regex(GSS_CODE)).optional(),
    /** First reporting year (year ending 31 March) the authority existed, if after 2010. */
    firstYear: z.number().int().optional(),
    /** Last reporting year the authority existed (former authorities). */
    lastYear: z.number().int().optional(),
    /**
     * Districts (lower-tier councils) inside a county, current and since abolished, from ONS's April 2021 and April
     * 2023 lookups: search finds the authority by them ("Harrogate" finds North Yorkshire).
     */
    districts: z.array(z.string()).optional(),
    /** City of London and Isles of Scilly: too small for averages, regressions and rankings by default. */
    excludedFromAverages: z.boolean().optional(),
  })
  .strict()
export type Area = z.infer<typeof areaSchema>

export const areasFileSchema = z.array(areaSchema)
export type AreasFile = z.infer<typeof areasFileSchema>

/** Every code an authority is known by: its series code, then former and later aliases. */
export function areaCodes(area: Pick<Area, 'code' | 'formerCodes' | 'laterCodes'>): string[] {
  return [area.code, ...(area.formerCodes ?? []), ...(area.laterCodes ?? [])]
}

/** The authority a code (series code or any alias, any case) names, if any. */
export function findAreaByCode<A extends Pick<Area, 'code' | 'formerCodes' | 'laterCodes'>>(
  areas: readonly A[],
  code: string,
): A | undefined {
  const wanted = code.trim().toUpperCase()
  return areas.find((a) => a.code === wanted) ?? areas.find((a) => areaCodes(a).includes(wanted))
}
