import { z } from './zod'

const lsoa11Code = z.string().regex(/^E01\d{6}$/)
const count = z.number().int().min(0)

/**
 * lsoa-population/<areaCode>.json: the child populations of one authority's neighbourhoods, the denominators of the
 * /gradient page. Loaded only there.
 */
export const lsoaPopulationFileSchema = z
  .object({
    areaCode: z.string(),
    /** 2011 LSOAs: ONS mid-2020 small-area estimates, children aged 0 to 17 (codes and counts in the same order). */
    lsoa11: z.object({ midYear: z.literal(2020), codes: z.array(lsoa11Code), children0to17: z.array(count) }).strict(),
    /** 2021 LSOAs: Census 2021 usual residents aged 0 to 15. */
    lsoa21: z.object({ codes: z.array(lsoa11Code), children0to15: z.array(count) }).strict(),
    /**
     * Children aged 16-17 per child aged 0-15 in the authority (mid-2020 estimates summed over its 2011 LSOAs): the
     * factor that turns a Census 0-15 count into an estimated 0-17 count.
     */
    ratio16to17: z.number().min(0).max(1),
    /**
     * 2011 → 2021 moves: [index into lsoa11.codes, 2021 code, share of the 2011 LSOA's children]. Unchanged and merged
     * LSOAs have share 1; split and irregular ones share by the Census 2021 0-15 population of the 2021 pieces.
     */
    lsoa11to21: z.array(z.tuple([z.number().int().min(0), lsoa11Code, z.number().min(0).max(1)])),
  })
  .strict()
export type LsoaPopulationFile = z.infer<typeof lsoaPopulationFileSchema>

/**
 * lsoa-population/index.json: which authority every English LSOA (2011 and 2021) lies in, as runs of consecutive code
 * numbers, so an uploaded file's codes can be told apart as unknown, or as another authority's.
 * A run is [first code number, how many, index into `areas`].
 */
const runs = z.array(z.tuple([z.number().int().min(0), z.number().int().min(1), z.number().int().min(0)]))
export const lsoaIndexFileSchema = z.object({ areas: z.array(z.string()), lsoa11: runs, lsoa21: runs }).strict()
export type LsoaIndexFile = z.infer<typeof lsoaIndexFileSchema>

/**
 * reference/cwip_gradient.json: CWIP's England 2015 rates per 10,000 children by neighbourhood IMD 2015 decile,
 * renumbered to the IoD convention (decile 1 = most deprived).
 */
export const cwipGradientFileSchema = z
  .object({
    source: z.string(),
    year: z.literal(2015),
    deciles: z.array(
      z.object({ decile: z.number().int().min(1).max(10), cpp: z.number().min(0), cla: z.number().min(0) }).strict(),
    ),
    publishedRange: z.tuple([z.number(), z.number()]),
  })
  .strict()
export type CwipGradientFile = z.infer<typeof cwipGradientFileSchema>
