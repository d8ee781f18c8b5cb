import { z } from './zod'

// The neighbourhood variables /neighbourhoods analyses: one value per 2021 LSOA for each variable in the catalogue.
// The index lists each current authority's LSOAs; each variable's file gives the values in the same order, so a view
// loads only the variables it shows, for the authorities it shows and, from the same file, for England.

/** What kind of figure a variable is: decides how it may be mapped and analysed. */
export const NEIGHBOURHOOD_VARIABLE_KINDS = [
  'score',
  'rank',
  'decile',
  'indicator',
  'count',
  'share',
  'binary',
  'category',
] as const
export type NeighbourhoodVariableKind = (typeof NEIGHBOURHOOD_VARIABLE_KINDS)[number]

/** Where a variable's figures come from. */
export const variableSourceSchema = z
  .object({
    /** The publisher, e.g. "Ministry of Housing, Communities and Local Government". */
    publisher: z.string().min(1),
    /** The publication, e.g. "English Indices of Deprivation 2025, File 5". */
    publication: z.string().min(1),
    /** The raw file it was read from, as data/sources.json lists it. */
    file: z.string().min(1),
  })
  .strict()

export const neighbourhoodVariableSchema = z
  .object({
    /** Stable id used in URLs and file names (snake_case). */
    id: z.string().regex(/^[a-z0-9_]+$/),
    /** Full name, e.g. "Index of Multiple Deprivation 2025: score". */
    label: z.string().min(1),
    /** Short name for axes and table headings. */
    shortLabel: z.string().min(1),
    /** Menu group, e.g. "IMD 2025 domains". */
    group: z.string().min(1),
    kind: z.enum(NEIGHBOURHOOD_VARIABLE_KINDS),
    /** Unit in words: "score", "rank of 33,755 (1 = most deprived)", "people", "per 1,000 people", "%"... */
    unit: z.string().min(1),
    /** Decimals the figures are published (or computed) to. */
    decimals: z.number().int().min(0).max(4),
    /** What a higher value means, where it has a direction: "more deprived", "less deprived". */
    higherMeans: z.string().optional(),
    definition: z.string().min(1),
    /** For a category (or a binary) variable: the name of each value, value i = categories[i]. */
    categories: z.array(z.string().min(1)).optional(),
    /** How the ETL derived it, if it did (a computed share, a 2011 figure carried to 2021 neighbourhoods). */
    method: z.string().optional(),
    /** Why some neighbourhoods have no figure. */
    missing: z.string().optional(),
    source: variableSourceSchema,
  })
  .strict()
export type NeighbourhoodVariable = z.infer<typeof neighbourhoodVariableSchema>

/** neighbourhoods/catalogue.json: every variable, in menu order. */
export const neighbourhoodCatalogueSchema = z
  .object({
    /** Variables, in menu order (groups together). */
    variables: z.array(neighbourhoodVariableSchema).min(1),
  })
  .strict()
export type NeighbourhoodCatalogue = z.infer<typeof neighbourhoodCatalogueSchema>

/** neighbourhoods/index.json: each current authority's 2021 LSOAs, sorted by code. */
export const neighbourhoodIndexSchema = z
  .object({
    /** England's number of 2021 LSOAs (every one is in exactly one authority). */
    lsoaCount: z.number().int().positive(),
    areas: z.record(z.string(), z.array(z.string().regex(/^E01\d{6}$/)).min(1)),
  })
  .strict()
export type NeighbourhoodIndex = z.infer<typeof neighbourhoodIndexSchema>

/** neighbourhoods/values/<id>.json: a variable's value for each authority's LSOAs, in the index's order; null = no figure. */
export const neighbourhoodValuesSchema = z
  .object({
    id: z.string(),
    areas: z.record(z.string(), z.array(z.number().nullable())),
  })
  .strict()
export type NeighbourhoodValues = z.infer<typeof neighbourhoodValuesSchema>
