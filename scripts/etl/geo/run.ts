import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Area } from '../../../src/schema/areas'
import { readCsv } from '../../lib/readCsv'
import { readText } from '../../lib/readText'
import { SourceError } from '../../lib/sourceError'
import { emptyReport, type EtlContext, type ExtraFile, type SourceOutput } from '../types'
import { buildLadToCurrentUtla, groupLadsByUtla, parseUtlaLookup } from './ladToUtla'
import {
  buildLsoaFile,
  districtLsoaIdentities,
  LSOA_BOUNDARY_DIR,
  lsoaBoundaryFile,
  parseDistrictLsoas,
  type DistrictLsoas,
} from './lsoaBoundaries'
import { countLsoaDeciles } from './lsoaDeciles'
import { parseLsoaImd } from './lsoaImd'
import { buildUtlaTopology, type UtlaProperties } from './mergeUtla'
import { buildHexCartogram } from './hexCartogram'
import { buildSvgMap } from './svgMap'
import { parsePolygonTopology } from './topology'
import { hexCartogramSchema, utlaSvgMapSchema } from '../../../src/schema/geo'

export const GEO_FILES = {
  districts: 'geo/topo_lad.json',
  lookup: 'lookups/ltla-utla-lookup.csv',
  lsoaImd: 'imd/humaniverse-csv/imd2019_england_lsoa11.csv',
} as const

/**
 * England map: vertices whose triangle is under 1 ha go (≈ 1 px at national zoom, so shapes stay recognisable);
 * 20,000 grid steps across England (≈ 30 m) match the source's own ≈ 55 m quantisation. About 105 KB gzipped, well
 * inside the 400 KB budget.
 */
export const UTLA_SIMPLIFICATION = { minAreaM2: 10_000, gridSize: 20_000 } as const
/**
 * Neighbourhood maps: the source is already generalised, so only vertices under 1,000 m² go; 10,000 steps across the
 * authority (≈ 10 m in Kent, finer elsewhere).
 */
export const LSOA_SIMPLIFICATION = { minAreaM2: 1_000, gridSize: 10_000 } as const

function utlaProperties(area: Area): UtlaProperties {
  const properties: UtlaProperties = { code: area.code, name: area.name }
  if (area.firstYear !== undefined) properties.firstYear = area.firstYear
  if (area.lastYear !== undefined) properties.lastYear = area.lastYear
  return properties
}

/**
 * Builds geo/utla.topo.json (current and former authorities), its pre-projected twin geo/utla.svg.json and the hex
 * cartogram geo/hex-cartogram.json,
 * lsoa/<areaCode>.json for every current authority and
 * deprivation/lsoa_deciles.json, from the 2013 district and 2011 LSOA boundaries and the IoD2019 LSOA file.
 */
export async function main({ rawDir, areas, log }: EtlContext): Promise<SourceOutput> {
  const started = Date.now()
  const boundaryReport = emptyReport('geo-boundaries')
  const imdReport = emptyReport('imd-lsoa')

  const districtsPath = join(rawDir, GEO_FILES.districts)
  const districts = parsePolygonTopology(readText(districtsPath), districtsPath, 'lad')
  const ladCodes = (districts.objects.lad?.geometries ?? []).map((g) => g.id ?? '')
  boundaryReport.rowsRead += ladCodes.length
  const lookup = parseUtlaLookup(readCsv(join(rawDir, GEO_FILES.lookup)))
  const ladToCurrent = buildLadToCurrentUtla(ladCodes, lookup, areas, {
    lookup: GEO_FILES.lookup,
    boundaries: GEO_FILES.districts,
  })
  boundaryReport.rowsKept += ladToCurrent.size
  const ladsByArea = groupLadsByUtla(ladToCurrent, areas)
  for (const area of areas.current)
    if (!ladsByArea.has(area.code))
      throw new SourceError({ file: GEO_FILES.districts }, `no district lies in ${area.code} ${area.name}`)

  for (const [code, lads] of ladsByArea)
    for (const lad of lads)
      if (!ladToCurrent.has(lad))
        throw new SourceError({ file: GEO_FILES.districts }, `district ${lad} of former authority ${code} is missing`)
  const groups = [...ladsByArea.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, lads]) => {
      const area = areas.findByCode(code)
      if (!area) throw new SourceError({ file: GEO_FILES.districts }, `unknown authority ${code}`)
      return { properties: utlaProperties(area), ladCodes: lads }
    })
  const utla = buildUtlaTopology(districts, 'lad', groups, UTLA_SIMPLIFICATION)
  const utlaGzip = gzipSync(JSON.stringify(utla)).length
  log(`utla.topo.json: ${groups.length} authorities, ${(utlaGzip / 1024).toFixed(0)} KB gzipped`)
  // The same boundaries projected once for the home page's map, which draws them without a map library.
  const utlaSvg = utlaSvgMapSchema.parse(buildSvgMap(utla, 'utla'))
  // And once more as equal tiles, for the cartogram the England map can switch to.
  const hexCartogram = hexCartogramSchema.parse(
    buildHexCartogram(utla, 'utla', (code) => areas.findByCode(code)?.successors ?? []),
  )

  const imd = parseLsoaImd(readCsv(join(rawDir, GEO_FILES.lsoaImd)))
  imdReport.rowsRead = imd.size
  checkNoStrayLsoaFiles(rawDir, ladCodes)
  const lsoaDistricts = new Map<string, DistrictLsoas>()
  const seen = new Map<string, string>()
  for (const lad of ladCodes) {
    const text = readText(join(rawDir, lsoaBoundaryFile(lad).file))
    const district = parseDistrictLsoas(text, lad, LSOA_SIMPLIFICATION.minAreaM2)
    for (const { code } of districtLsoaIdentities(district)) {
      const other = seen.get(code)
      if (other) throw new SourceError({ file: district.file }, `LSOA ${code} is also in ${other}`)
      seen.set(code, district.file)
    }
    lsoaDistricts.set(lad, district)
  }
  const unmatched = [...imd.keys()].filter((code) => !seen.has(code))
  if (unmatched.length)
    throw new SourceError(
      { file: GEO_FILES.lsoaImd, column: 'lsoa11_code' },
      `${unmatched.length} LSOAs have no boundary in ${LSOA_BOUNDARY_DIR} (first: ${unmatched.slice(0, 5).join(', ')})`,
    )
  imdReport.rowsKept = seen.size

  const files: ExtraFile[] = [
    { path: 'geo/utla.topo.json', data: utla },
    { path: 'geo/utla.svg.json', data: utlaSvg },
    { path: 'geo/hex-cartogram.json', data: hexCartogram },
  ]
  let largest = { code: '', bytes: 0 }
  for (const area of [...areas.current].sort((a, b) => a.code.localeCompare(b.code))) {
    const parts = (ladsByArea.get(area.code) ?? []).map((lad) => lsoaDistricts.get(lad)).filter((d) => d !== undefined)
    const file = buildLsoaFile(area.code, parts, imd, GEO_FILES.lsoaImd, LSOA_SIMPLIFICATION.gridSize)
    const bytes = gzipSync(JSON.stringify(file)).length
    if (bytes > largest.bytes) largest = { code: area.code, bytes }
    files.push({ path: `lsoa/${area.code}.json`, data: file })
  }

  const lsoaCodesByArea = new Map(
    [...ladsByArea.entries()].map(([code, lads]) => [
      code,
      lads.flatMap((lad) => {
        const district = lsoaDistricts.get(lad)
        return district ? districtLsoaIdentities(district).map((l) => l.code) : []
      }),
    ]),
  )
  files.push({ path: 'deprivation/lsoa_deciles.json', data: countLsoaDeciles(lsoaCodesByArea, imd) })

  const assigned = areas.current.reduce((n, a) => n + (lsoaCodesByArea.get(a.code)?.length ?? 0), 0)
  boundaryReport.notes.push(
    `${ladCodes.length} districts (LAD 2013) merged into ${groups.length} upper-tier polygons (${areas.current.length} current, ${groups.length - areas.current.length} former); utla.topo.json ${(utlaGzip / 1024).toFixed(0)} KB gzipped`,
    `${seen.size} LSOA polygons read from ${ladCodes.length} files, ${assigned} assigned to one current authority each; largest LSOA file lsoa/${largest.code}.json ${(largest.bytes / 1024).toFixed(0)} KB gzipped`,
    `geo step took ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  return { observations: [], indicators: [], files, reports: [boundaryReport, imdReport] }
}

/** Every file in geo/lsoa11 must belong to a district of topo_lad.json: a stray one means the vintages disagree. */
function checkNoStrayLsoaFiles(rawDir: string, ladCodes: readonly string[]): void {
  const expected = new Set(ladCodes.map((lad) => lsoaBoundaryFile(lad).file))
  let names: string[]
  try {
    names = readdirSync(join(rawDir, LSOA_BOUNDARY_DIR))
  } catch {
    throw new SourceError({ file: LSOA_BOUNDARY_DIR }, 'directory not found')
  }
  for (const name of names.sort()) {
    const file = `${LSOA_BOUNDARY_DIR}/${name}`
    if (!expected.has(file)) throw new SourceError({ file }, 'boundary file for a district not in topo_lad.json')
  }
}
