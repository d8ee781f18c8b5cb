import { z } from 'zod'
import {
  lsoa21DecilesFileSchema,
  lsoa21FileSchema,
  type Lsoa21DecilesFile,
  type Lsoa21File,
  type Lsoa21Properties,
} from '../../../src/schema/geo'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import {
  pruneUnusedArcs,
  quantizeTopology,
  removeDegenerateArcs,
  simplifyTopology,
  type AreaGeometry,
  type PolygonTopology,
} from '../geo/topology'
import type { Lsoa2025 } from './lsoaTable'

/**
 * Neighbourhood maps: the boundaries are ONS's super-generalised set (already ≈ 200 m), so only vertices whose
 * triangle is under 1,000 m² go; 10,000 grid steps across each authority, as for the 2011 maps.
 */
export const LSOA21_SIMPLIFICATION = { minAreaM2: 1_000, gridSize: 10_000 } as const

const boundarySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.record(
    z.string(),
    z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.object({
          type: z.enum(['Polygon', 'MultiPolygon']),
          arcs: z.array(z.array(z.unknown())),
          properties: z.object({ lsoa21_code: z.string(), lsoa21_name: z.string() }),
        }),
      ),
    }),
  ),
})

/**
 * Parses the text of the England LSOA 2021 boundaries (one collection, each polygon with lsoa21_code and lsoa21_name)
 * and simplifies them once for all authorities. Returns the topology with the LSOA code as each geometry's id.
 */
export function parseLsoa21Boundaries(
  text: string,
  file: string,
  minAreaM2: number,
): PolygonTopology<{ code: string }> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SourceError({ file }, `not valid JSON (${(error as Error).message})`)
  }
  const parsed = boundarySchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new SourceError({ file }, `not an LSOA 2021 TopoJSON collection: ${issue?.path.join('.')} ${issue?.message}`)
  }
  const collections = Object.values(parsed.data.objects)
  if (collections.length !== 1) throw new SourceError({ file }, `expected one object, found ${collections.length}`)
  const geometries = (collections[0]?.geometries ?? []).map(
    (g) =>
      ({
        type: g.type,
        arcs: g.arcs,
        id: g.properties.lsoa21_code,
        properties: { code: g.properties.lsoa21_code },
      }) as AreaGeometry<{
        code: string
      }>,
  )
  const topology: PolygonTopology<{ code: string }> = {
    type: 'Topology',
    transform: parsed.data.transform,
    arcs: parsed.data.arcs,
    objects: { lsoa: { type: 'GeometryCollection', geometries } },
  }
  return simplifyTopology(topology, minAreaM2)
}

/** The 2024 ward an LSOA 2021 lies in, by the ONS best-fit lookup, and the district the lookup puts that ward in. */
export interface LsoaWard {
  ward: string
  districtCode: string
  districtName: string
}

/** LSOA 2021 code → its 2024 ward (England rows of the ONS best-fit lookup). */
export function parseWardNames(table: CsvTable): Map<string, LsoaWard> {
  const cols = requireColumns(table, ['lsoa21_code', 'ward24_name', 'ltla24_code', 'ltla24_name'])
  const out = new Map<string, LsoaWard>()
  table.rows.forEach((row, i) => {
    const code = (row[cols.lsoa21_code] ?? '').trim()
    if (!code.startsWith('E01')) return
    const at = { file: table.file, row: table.firstRowNumber + i }
    if (out.has(code)) throw new SourceError({ ...at, column: 'lsoa21_code' }, `LSOA ${code} appears twice`)
    const ward = (row[cols.ward24_name] ?? '').trim()
    if (!ward) throw new SourceError({ ...at, column: 'ward24_name' }, `LSOA ${code} has no ward name`)
    out.set(code, {
      ward,
      districtCode: (row[cols.ltla24_code] ?? '').trim(),
      districtName: (row[cols.ltla24_name] ?? '').trim(),
    })
  })
  return out
}

/**
 * The place name shown for an LSOA. The best-fit lookup can put an LSOA's ward in another district than IoD2025's
 * File 1 places the LSOA (E01027305, in West Northamptonshire by File 1, lies in Cherwell's Cropredy, Sibfords and
 * Wroxton ward by the lookup): such a ward is named with its district, so no reader takes it for a ward of the
 * authority.
 */
export function wardLabel(lsoa: Pick<Lsoa2025, 'districtCode'>, ward: LsoaWard): string {
  return ward.districtCode === lsoa.districtCode ? ward.ward : `${ward.ward} (${ward.districtName})`
}

/** The properties an LSOA carries in its authority's file. */
export function lsoa21Properties(lsoa: Lsoa2025, ward: string): Lsoa21Properties {
  return {
    code: lsoa.code,
    name: lsoa.name,
    ward,
    scores: lsoa.scores,
    ranks: [...lsoa.ranks, lsoa.idaciRank],
    deciles: [...lsoa.deciles, lsoa.idaciDecile],
  }
}

/**
 * One authority's file: its LSOAs' polygons cut out of the England topology (unused arcs dropped), quantised on the
 * authority's own grid. Every LSOA must have a boundary.
 */
export function buildLsoa21File(
  areaCode: string,
  lsoas: readonly Lsoa21Properties[],
  england: PolygonTopology<{ code: string }>,
  byCode: ReadonlyMap<string, AreaGeometry<{ code: string }>>,
  boundaryFile: string,
  gridSize: number,
): Lsoa21File {
  const geometries = lsoas.map((props): AreaGeometry<Lsoa21Properties> => {
    const geometry = byCode.get(props.code)
    if (!geometry) throw new SourceError({ file: boundaryFile }, `LSOA ${props.code} (${props.name}) has no boundary`)
    // The code travels in the properties; a TopoJSON id would repeat it in every feature.
    return { type: geometry.type, arcs: geometry.arcs, properties: props } as AreaGeometry<Lsoa21Properties>
  })
  const cut: PolygonTopology<Lsoa21Properties> = {
    type: 'Topology',
    arcs: england.arcs,
    objects: { lsoa: { type: 'GeometryCollection', geometries } },
  }
  const topology = removeDegenerateArcs(quantizeTopology(pruneUnusedArcs(cut), gridSize))
  return lsoa21FileSchema.parse({ areaCode, edition: 2025, topology })
}

/** Per-authority and England counts of LSOAs by IMD 2025 decile (index 0 = decile 1). */
export function countLsoa21Deciles(lsoasByArea: ReadonlyMap<string, readonly Lsoa2025[]>): Lsoa21DecilesFile {
  const count = (lsoas: readonly Lsoa2025[]) => {
    const byDecile = Array.from({ length: 10 }, () => 0)
    for (const l of lsoas) byDecile[(l.deciles[0] ?? 1) - 1] = (byDecile[(l.deciles[0] ?? 1) - 1] ?? 0) + 1
    return { total: lsoas.length, byDecile }
  }
  const areas: Lsoa21DecilesFile['areas'] = {}
  for (const code of [...lsoasByArea.keys()].sort()) areas[code] = count(lsoasByArea.get(code) ?? [])
  return lsoa21DecilesFileSchema.parse({ edition: 2025, england: count([...lsoasByArea.values()].flat()), areas })
}
