import { z } from './zod'

// TopoJSON is validated structurally (type, objects, arcs, transform) and per-geometry on the properties we rely on;
// coordinates are trusted to topojson tooling.
const arcsSchema = z.array(z.array(z.array(z.number())))
const transformSchema = z.object({
  scale: z.tuple([z.number(), z.number()]),
  translate: z.tuple([z.number(), z.number()]),
})

const geometrySchema = <P extends z.ZodType>(properties: P) =>
  z.object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    id: z.string().optional(),
    arcs: z.array(z.unknown()),
    properties,
  })

const topologySchema = <N extends string, P extends z.ZodType>(objectName: N, properties: P) => {
  const collection = z.object({
    type: z.literal('GeometryCollection'),
    geometries: z.array(geometrySchema(properties)),
  })
  // Typed with the literal object name, so `topology.objects.utla` is known to exist.
  const objects = { [objectName]: collection } as Record<N, typeof collection>
  return z.object({
    type: z.literal('Topology'),
    transform: transformSchema.optional(),
    bbox: z.array(z.number()).optional(),
    arcs: arcsSchema,
    objects: z.object(objects),
  })
}

export const utlaPropertiesSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    /** First and last reporting years the polygon applies to; absent = all years. */
    firstYear: z.number().int().optional(),
    lastYear: z.number().int().optional(),
  })
  .strict()
export const utlaTopologySchema = topologySchema('utla', utlaPropertiesSchema)
export type UtlaTopology = z.infer<typeof utlaTopologySchema>

/** One authority of geo/utla.svg.json: its properties as in utla.topo.json, its box and its outline on the grid. */
export const utlaSvgMapAreaSchema = utlaPropertiesSchema
  .extend({
    /** [x0, y0, x1, y1] on the grid: the smallest box around the outline. */
    box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    /** SVG path data: one "M x y l dx dy … z" per ring, whole grid steps (rings with holes drawn even-odd). */
    d: z.string().regex(/^(M-?\d+ -?\d+l[-\d ]+z)+$/),
  })
  .strict()
export type UtlaSvgMapArea = z.infer<typeof utlaSvgMapAreaSchema>

/** geo/utla.svg.json: the England map pre-projected (Web Mercator, north up) for drawing without a map library. */
export const utlaSvgMapSchema = z
  .object({
    projection: z.literal('web-mercator'),
    /** The grid's extent: x from 0 to width, y from 0 (north) to height. */
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    areas: z.array(utlaSvgMapAreaSchema),
  })
  .strict()
export type UtlaSvgMap = z.infer<typeof utlaSvgMapSchema>

/**
 * One authority's tile in geo/hex-cartogram.json: its properties as in utla.topo.json, a three-letter label and its
 * cell on the hex grid (src/map/hexGrid.ts).
 */
export const hexCartogramTileSchema = utlaPropertiesSchema
  .extend({
    /** Distinct across the file: what the tile shows, the name being in its tooltip. */
    abbreviation: z.string().regex(/^[A-Z]{3}$/),
    col: z.number().int().min(0),
    row: z.number().int().min(0),
  })
  .strict()
export type HexCartogramTile = z.infer<typeof hexCartogramTileSchema>

/**
 * geo/hex-cartogram.json: every authority as one equal hexagon (scripts/etl/geo/hexCartogram.ts says how they are
 * placed). Pointy-topped tiles, odd rows shifted half a tile right ("odd-r"), row 0 at the top (north). Authorities
 * drawn in the same year never share a cell; a former authority may take one of its successors' cells.
 */
export const hexCartogramSchema = z
  .object({
    grid: z.literal('hex-odd-r'),
    columns: z.number().int().positive(),
    rows: z.number().int().positive(),
    tiles: z.array(hexCartogramTileSchema),
  })
  .strict()
  .superRefine((file, context) => {
    const labels = new Set<string>()
    for (const [i, tile] of file.tiles.entries()) {
      if (tile.col >= file.columns || tile.row >= file.rows)
        context.addIssue({ code: 'custom', path: ['tiles', i], message: `${tile.code} lies outside the grid` })
      if (labels.has(tile.abbreviation))
        context.addIssue({
          code: 'custom',
          path: ['tiles', i, 'abbreviation'],
          message: `${tile.abbreviation} is used twice`,
        })
      labels.add(tile.abbreviation)
    }
  })
export type HexCartogram = z.infer<typeof hexCartogramSchema>

/** IMD 2019 domains in the order the LSOA files store their ranks and deciles. */
export const LSOA_DOMAINS = [
  'imd',
  'income',
  'employment',
  'education',
  'health',
  'crime',
  'housing_and_access',
  'environment',
] as const
export type LsoaDomain = (typeof LSOA_DOMAINS)[number]

export const lsoaPropertiesSchema = z
  .object({
    code: z.string().regex(/^E01\d{6}$/),
    name: z.string(),
    /** National rank (1 = most deprived of 32,844) per domain, in LSOA_DOMAINS order. */
    ranks: z.array(z.number().int().min(1).max(32844)).length(LSOA_DOMAINS.length),
    /** National decile (1 = most deprived 10%) per domain, in LSOA_DOMAINS order. */
    deciles: z.array(z.number().int().min(1).max(10)).length(LSOA_DOMAINS.length),
  })
  .strict()
export type LsoaProperties = z.infer<typeof lsoaPropertiesSchema>

export const lsoaFileSchema = z
  .object({
    areaCode: z.string(),
    edition: z.literal(2019),
    topology: topologySchema('lsoa', lsoaPropertiesSchema),
  })
  .strict()
export type LsoaFile = z.infer<typeof lsoaFileSchema>

/** How many of each authority's LSOAs fall in each national IMD 2019 decile (index 0 = decile 1, most deprived). */
export const lsoaDecilesFileSchema = z
  .object({
    edition: z.literal(2019),
    areas: z.record(
      z.string(),
      z.object({ total: z.number().int().positive(), byDecile: z.array(z.number().int().min(0)).length(10) }).strict(),
    ),
  })
  .strict()
export type LsoaDecilesFile = z.infer<typeof lsoaDecilesFileSchema>

/**
 * IoD2025 measures in the order the 2021 LSOA files store them: the IMD, its seven domains, then IDACI (the
 * supplementary index of income deprivation affecting children).
 */
export const LSOA21_MEASURES = [...LSOA_DOMAINS, 'idaci'] as const
export type Lsoa21Measure = (typeof LSOA21_MEASURES)[number]

/** Number of LSOAs (2021) in England, the range of every IoD2025 rank. */
export const LSOA21_COUNT = 33755

export const lsoa21PropertiesSchema = z
  .object({
    code: z.string().regex(/^E01\d{6}$/),
    name: z.string(),
    /** The 2024 electoral ward the LSOA lies in (ONS best fit): a place name readers recognise. */
    ward: z.string(),
    /** Score of the IMD and each domain, as published (LSOA_DOMAINS order; MHCLG publishes no IDACI scores here). */
    scores: z.array(z.number()).length(LSOA_DOMAINS.length),
    /** National rank (1 = most deprived of 33,755) per measure, in LSOA21_MEASURES order. */
    ranks: z.array(z.number().int().min(1).max(LSOA21_COUNT)).length(LSOA21_MEASURES.length),
    /** National decile (1 = most deprived 10%) per measure, in LSOA21_MEASURES order. */
    deciles: z.array(z.number().int().min(1).max(10)).length(LSOA21_MEASURES.length),
  })
  .strict()
export type Lsoa21Properties = z.infer<typeof lsoa21PropertiesSchema>

/** public/data/lsoa/2021/<code>.json: one current authority's 2021 LSOAs with their IoD2025 figures. */
export const lsoa21FileSchema = z
  .object({
    areaCode: z.string(),
    edition: z.literal(2025),
    topology: topologySchema('lsoa', lsoa21PropertiesSchema),
  })
  .strict()
export type Lsoa21File = z.infer<typeof lsoa21FileSchema>

/** How many of each authority's 2021 LSOAs fall in each national IMD 2025 decile, and England's (index 0 = decile 1). */
export const lsoa21DecilesFileSchema = z
  .object({
    edition: z.literal(2025),
    england: z.object({ total: z.number().int().positive(), byDecile: z.array(z.number().int().min(0)).length(10) }),
    areas: z.record(
      z.string(),
      z.object({ total: z.number().int().positive(), byDecile: z.array(z.number().int().min(0)).length(10) }).strict(),
    ),
  })
  .strict()
export type Lsoa21DecilesFile = z.infer<typeof lsoa21DecilesFileSchema>
