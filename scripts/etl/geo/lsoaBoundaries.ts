import { lsoaFileSchema, type LsoaFile, type LsoaProperties } from '../../../src/schema/geo'
import { SourceError } from '../../lib/sourceError'
import { LSOA_FILE_LAD_RECODES } from './ladToUtla'
import type { LsoaImd } from './lsoaImd'
import {
  concatTopologies,
  quantizeTopology,
  parsePolygonTopology,
  removeDegenerateArcs,
  simplifyTopology,
  type AreaGeometry,
  type PolygonTopology,
} from './topology'

export const LSOA_BOUNDARY_DIR = 'geo/lsoa11'

/** Code and name of an LSOA as the boundary file gives them. */
export interface LsoaIdentity {
  code: string
  name: string
}

/** One district's LSOA polygons, simplified and unquantised, ready to be joined with its neighbours'. */
export interface DistrictLsoas {
  /** LAD13 code (the vintage of topo_lad.json), after mapping the six pre-2013 file names. */
  ladCode: string
  /** Path of the boundary file under the raw directory, for messages. */
  file: string
  topology: PolygonTopology<LsoaIdentity>
}

const FILE_CODE_BY_LAD = new Map(Object.entries(LSOA_FILE_LAD_RECODES).map(([fileCode, lad]) => [lad, fileCode]))

/** The boundary file of a LAD13 district: named after the pre-2013 code for the six recoded districts. */
export function lsoaBoundaryFile(ladCode: string): { file: string; objectName: string } {
  const fileCode = FILE_CODE_BY_LAD.get(ladCode) ?? ladCode
  return { file: `${LSOA_BOUNDARY_DIR}/topo_${fileCode}.json`, objectName: fileCode }
}

/**
 * Parses the text of one district's LSOA boundary file (lsoaBoundaryFile(ladCode); object named after the file's
 * district code; id and LSOA11CD the LSOA code, LSOA11NM its name) and simplifies it. An LSOA without code or name
 * stops the ETL.
 */
export function parseDistrictLsoas(text: string, ladCode: string, minAreaM2: number): DistrictLsoas {
  const { file, objectName } = lsoaBoundaryFile(ladCode)
  const topology = parsePolygonTopology(text, file, objectName)
  const geometries = (topology.objects[objectName]?.geometries ?? []).map((g): AreaGeometry<LsoaIdentity> => {
    const { LSOA11CD: code, LSOA11NM: name } = g.properties
    if (typeof code !== 'string' || code !== g.id || typeof name !== 'string')
      throw new SourceError({ file, column: 'LSOA11CD' }, `geometry ${g.id} lacks a matching LSOA11CD or an LSOA11NM`)
    return { ...g, properties: { code, name } }
  })
  const identified: PolygonTopology<LsoaIdentity> = {
    ...topology,
    objects: { lsoa: { type: 'GeometryCollection', geometries } },
  }
  return { ladCode, file, topology: simplifyTopology(identified, minAreaM2) }
}

/** The LSOAs of a district, in file order. */
export function districtLsoaIdentities(district: DistrictLsoas): LsoaIdentity[] {
  return (district.topology.objects.lsoa?.geometries ?? []).map((g) => g.properties)
}

/**
 * One authority's LSOA file: its districts' LSOA polygons in one topology (object `lsoa`), each with its IoD2019 ranks
 * and deciles. An LSOA with no IMD row stops the ETL, naming the boundary file and the LSOA.
 */
export function buildLsoaFile(
  areaCode: string,
  districts: readonly DistrictLsoas[],
  imd: ReadonlyMap<string, LsoaImd>,
  imdFile: string,
  gridSize: number,
): LsoaFile {
  const parts = districts.map(({ file, topology }) => ({
    topology,
    geometries: (topology.objects.lsoa?.geometries ?? []).map((g): AreaGeometry<LsoaProperties> => {
      const scores = imd.get(g.properties.code)
      if (!scores)
        throw new SourceError(
          { file, column: 'LSOA11CD' },
          `LSOA ${g.properties.code} (${g.properties.name}) has no row in ${imdFile}`,
        )
      return { ...g, properties: { ...g.properties, ranks: scores.ranks, deciles: scores.deciles } }
    }),
  }))
  const topology = removeDegenerateArcs(quantizeTopology(concatTopologies(parts, 'lsoa'), gridSize))
  return lsoaFileSchema.parse({ areaCode, edition: 2019, topology })
}
