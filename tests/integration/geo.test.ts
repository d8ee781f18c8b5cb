import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { feature } from 'topojson-client'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSheet } from '../../scripts/lib/readWorkbook'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import type { AreaRegistry } from '../../scripts/etl/areas/registry'
import { readCsv } from '../../scripts/lib/readCsv'
import { buildLadToCurrentUtla, parseUtlaLookup } from '../../scripts/etl/geo/ladToUtla'
import { GEO_FILES, main } from '../../scripts/etl/geo/run'
import { parsePolygonTopology } from '../../scripts/etl/geo/topology'
import type { SourceOutput } from '../../scripts/etl/types'
import {
  hexCartogramSchema,
  lsoaDecilesFileSchema,
  lsoaFileSchema,
  utlaSvgMapSchema,
  utlaTopologySchema,
  type LsoaDecilesFile,
  type LsoaFile,
  type UtlaTopology,
} from '../../src/schema/geo'
import { etlContext } from '../../scripts/etl/testing/etlContext'
import { RAW_DIR } from './rawBundle'

const IMD_UTLA_FILE = 'imd/utla/imd-2019.xlsx'
const REFERENCE_FILE = 'geo/reference/Counties_and_Unitary_Authorities_December_2024_Boundaries_UK_BUC.topo.json'
const FORMER_CODES = ['E06000028', 'E06000029', 'E10000006', 'E10000009', 'E10000021']

let registry: AreaRegistry
let output: SourceOutput
let utla: UtlaTopology
let lsoaFiles: LsoaFile[]
let deciles: LsoaDecilesFile

function fileData(path: string): unknown {
  const file = output.files.find((f) => f.path === path)
  if (!file) throw new Error(`no ${path} in the output`)
  return file.data
}

/**
 * Area-weighted centroid of a GeoJSON (multi)polygon in plain lon/lat (shoelace). Tiny islands barely move it (the
 * generalised reference drops Steep Holm, the outer Scilly rocks, Hilbre), and it does not depend on ring winding
 * (the reference winds a few rings the other way).
 */
function centroid(geometry: GeoJSON.Geometry): [number, number] {
  const polygons =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []
  let area = 0
  let cx = 0
  let cy = 0
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i - 1] ?? []
      const [bx = 0, by = 0] = ring[i] ?? []
      const cross = ax * by - bx * ay
      area += cross
      cx += (ax + bx) * cross
      cy += (ay + by) * cross
    }
  }
  return [cx / (3 * area), cy / (3 * area)]
}

describe('geography ETL over the raw bundle', () => {
  beforeAll(async () => {
    registry = buildAreaRegistry(RAW_DIR).registry
    output = await main(etlContext(RAW_DIR, registry))
    utla = utlaTopologySchema.parse(fileData('geo/utla.topo.json'))
    lsoaFiles = output.files.filter((f) => f.path.startsWith('lsoa/')).map((f) => lsoaFileSchema.parse(f.data))
    deciles = lsoaDecilesFileSchema.parse(fileData('deprivation/lsoa_deciles.json'))
  })

  it('places every one of the 326 districts of topo_lad.json in a current authority', () => {
    const districtsPath = join(RAW_DIR, GEO_FILES.districts)
    const districts = parsePolygonTopology(readFileSync(districtsPath, 'utf8'), districtsPath, 'lad')
    const ladCodes = (districts.objects.lad?.geometries ?? []).map((g) => g.id ?? '')
    const lookup = parseUtlaLookup(readCsv(join(RAW_DIR, GEO_FILES.lookup)))
    const mapping = buildLadToCurrentUtla(ladCodes, lookup, registry, { lookup: 'lookup', boundaries: 'lad' })
    expect(mapping.size).toBe(326)
    expect(new Set(mapping.values()).size).toBe(153)
    expect(mapping.get('E07000048')).toBe('E06000058') // Christchurch → BCP
    expect(mapping.get('E07000164')).toBe('E06000065') // Hambleton → North Yorkshire (via recode E10000023)
    expect(mapping.get('E07000188')).toBe('E06000066') // Sedgemoor → Somerset (via recode E10000027)
  })

  it('gives every current authority and the five former ones a polygon, with registry names and years', () => {
    const geometries = utla.objects.utla.geometries
    const codes = geometries.map((g) => g.properties.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.sort()).toEqual([...registry.current.map((a) => a.code), ...FORMER_CODES].sort())
    const props = (code: string) => geometries.find((g) => g.properties.code === code)?.properties
    expect(props('E06000058')).toEqual({
      code: 'E06000058',
      name: 'Bournemouth, Christchurch and Poole',
      firstYear: 2020,
    })
    expect(props('E10000021')).toEqual({ code: 'E10000021', name: 'Northamptonshire', lastYear: 2021 })
    expect(props('E08000016')).toEqual({ code: 'E08000016', name: 'Barnsley' })
  })

  it('places every authority of utla.topo.json on the hex cartogram, never two drawn together on one cell', () => {
    const hex = hexCartogramSchema.parse(fileData('geo/hex-cartogram.json'))
    const propertiesOf = (t: (typeof hex.tiles)[number]) => {
      const properties: Record<string, unknown> = { ...t }
      delete properties.abbreviation
      delete properties.col
      delete properties.row
      return properties
    }
    expect(hex.tiles.map(propertiesOf)).toEqual(utla.objects.utla.geometries.map((g) => g.properties))
    const current = hex.tiles.filter((t) => t.lastYear === undefined)
    expect(current).toHaveLength(153)
    const cell = (t: { col: number; row: number }) => `${t.col} ${t.row}`
    expect(new Set(current.map(cell)).size).toBe(153)
    // A former authority shares a cell only with its own successors, which are never drawn in the same year.
    for (const former of hex.tiles.filter((t) => FORMER_CODES.includes(t.code))) {
      const successors = registry.findByCode(former.code)?.successors ?? []
      const sharing = hex.tiles.filter((t) => t.code !== former.code && cell(t) === cell(former)).map((t) => t.code)
      expect(
        sharing.filter((code) => !successors.includes(code)),
        former.name,
      ).toEqual([])
    }
    // Relative geography survives: Northumberland is north of Cornwall, Cornwall west of Kent, Barnsley beside
    // Sheffield, and the City of London inside London's block.
    const at = (code: string) => hex.tiles.find((t) => t.code === code) ?? { col: NaN, row: NaN }
    expect(at('E06000057').row).toBeLessThan(at('E06000052').row)
    expect(at('E06000052').col).toBeLessThan(at('E10000016').col)
    const distance = (a: string, b: string) => {
      const [p, q] = [at(a), at(b)]
      return Math.hypot(p.col + (p.row % 2) / 2 - q.col - (q.row % 2) / 2, ((p.row - q.row) * Math.sqrt(3)) / 2)
    }
    expect(distance('E08000016', 'E08000019')).toBeLessThanOrEqual(1.01)
    const londonNeighbours = hex.tiles.filter((t) => t.code !== 'E09000001' && distance('E09000001', t.code) <= 1.01)
    expect(londonNeighbours.every((t) => t.code.startsWith('E09'))).toBe(true)
  })

  it('keeps utla.topo.json within 400 KB gzipped', () => {
    const bytes = gzipSync(JSON.stringify(utla)).length
    expect(bytes).toBeLessThanOrEqual(400 * 1024)
  })

  it('projects the same authorities, with the same properties, into utla.svg.json for the home page', () => {
    const svg = utlaSvgMapSchema.parse(fileData('geo/utla.svg.json'))
    const propertiesOf = (a: (typeof svg.areas)[number]) => {
      const properties: Record<string, unknown> = { ...a }
      delete properties.d
      delete properties.box
      return properties
    }
    expect(svg.areas.map(propertiesOf)).toEqual(utla.objects.utla.geometries.map((g) => g.properties))
    // Every authority is drawn, the smallest (City of London, Isles of Scilly) included, inside the grid.
    for (const area of svg.areas) {
      expect(area.d.length, area.name).toBeGreaterThan(10)
      expect(area.box[0]).toBeGreaterThanOrEqual(0)
      expect(area.box[1]).toBeGreaterThanOrEqual(0)
      expect(area.box[2]).toBeLessThanOrEqual(svg.width)
      expect(area.box[3]).toBeLessThanOrEqual(svg.height)
    }
    // England is taller than wide in Web Mercator: Northumberland at the top, Cornwall at the bottom left.
    expect(svg.height).toBeGreaterThan(svg.width)
    const box = (code: string) => svg.areas.find((a) => a.code === code)?.box ?? [0, 0, 0, 0]
    expect(box('E06000057')[1]).toBe(0) // Northumberland
    expect(box('E06000052')[0]).toBeLessThan(box('E09000001')[0]) // Cornwall is west of the City of London
  })

  it('makes current authorities share their borders: no arc is used twice in the same direction, none thrice', () => {
    const uses = new Map<number, number[]>()
    const visit = (a: unknown): void => {
      if (typeof a === 'number') uses.set(a < 0 ? ~a : a, [...(uses.get(a < 0 ? ~a : a) ?? []), a < 0 ? -1 : 1])
      else if (Array.isArray(a)) a.forEach(visit)
    }
    const currentCodes = new Set(registry.current.map((a) => a.code))
    for (const g of utla.objects.utla.geometries) if (currentCodes.has(g.properties.code)) visit(g.arcs)
    for (const directions of uses.values()) {
      expect(directions.length).toBeLessThanOrEqual(2)
      if (directions.length === 2) expect(directions[0]).toBe(-(directions[1] ?? 0))
    }
    // Every arc of the file is used by some authority (inner district boundaries were dropped).
    const used = new Set<number>()
    const collect = (a: unknown): void => {
      if (typeof a === 'number') used.add(a < 0 ? ~a : a)
      else if (Array.isArray(a)) a.forEach(collect)
    }
    utla.objects.utla.geometries.forEach((g) => collect(g.arcs))
    expect(used.size).toBe(utla.arcs.length)
  })

  it('draws authorities where the ONS December 2024 boundaries put them (centroids within 0.01°)', () => {
    // The reference's geometry ids are numbers, so it is read as plain JSON; AREACD holds the GSS code.
    const reference = JSON.parse(readFileSync(join(RAW_DIR, REFERENCE_FILE), 'utf8')) as {
      objects: { data: { geometries: { properties: { AREACD: string } }[] } }
    }
    const referenceByCode = new Map(reference.objects.data.geometries.map((g) => [g.properties.AREACD, g]))
    const built = feature(utla as never, utla.objects.utla as never) as unknown as GeoJSON.FeatureCollection
    // All 153 agree within 0.004° (Gloucestershire the furthest); a district put in the wrong authority would move a
    // centroid by far more.
    let compared = 0
    for (const area of registry.current) {
      const ref = referenceByCode.get(area.code)
      const ours = built.features.find((f) => f.properties?.code === area.code)
      expect(ref, area.code).toBeDefined()
      expect(ours, area.code).toBeDefined()
      if (!ref || !ours) continue
      const [rx, ry] = centroid(feature(reference as never, ref as never).geometry as GeoJSON.Geometry)
      const [ox, oy] = centroid(ours.geometry)
      expect(Math.hypot(rx - ox, ry - oy), area.code).toBeLessThan(0.01)
      compared++
    }
    expect(compared).toBe(153)
  })

  it('puts each of the 32,844 LSOAs in exactly one current authority, with its IoD2019 ranks and deciles', () => {
    expect(lsoaFiles.map((f) => f.areaCode).sort()).toEqual(registry.current.map((a) => a.code).sort())
    const seen = new Set<string>()
    for (const file of lsoaFiles)
      for (const g of file.topology.objects.lsoa.geometries) {
        expect(seen.has(g.properties.code), g.properties.code).toBe(false)
        seen.add(g.properties.code)
      }
    expect(seen.size).toBe(32_844)
    const barnsley = lsoaFiles.find((f) => f.areaCode === 'E08000016')
    expect(barnsley?.topology.objects.lsoa.geometries).toHaveLength(147)
    // E01000001 City of London 001A: CSV row "E01000001",9,10,10,10,10,10,3,3,29199,32831,32742,32842,32113,32662,7319,7789
    const city = lsoaFiles.find((f) => f.areaCode === 'E09000001')?.topology.objects.lsoa.geometries
    expect(city?.find((g) => g.properties.code === 'E01000001')?.properties).toEqual({
      code: 'E01000001',
      name: 'City of London 001A',
      ranks: [29199, 32831, 32742, 32842, 32113, 32662, 7319, 7789],
      deciles: [9, 10, 10, 10, 10, 10, 3, 3],
    })
  })

  it('keeps every LSOA file under 200 KB gzipped', () => {
    const largest = Math.max(...lsoaFiles.map((f) => gzipSync(JSON.stringify(f)).length))
    expect(largest).toBeLessThanOrEqual(200 * 1024)
  })

  it('counts LSOAs by decile for current and former authorities, summing to 32,844 over current ones', () => {
    const codes = Object.keys(deciles.areas)
    expect(codes.sort()).toEqual([...registry.current.map((a) => a.code), ...FORMER_CODES].sort())
    const total = registry.current.reduce((n, a) => n + (deciles.areas[a.code]?.total ?? 0), 0)
    expect(total).toBe(32_844)
    expect(deciles.areas.E08000016?.total).toBe(147)
    expect(deciles.areas.E08000016?.byDecile[0]).toBe(32)
    // The former Northamptonshire is the union of its two successors.
    const northants = (code: string) => deciles.areas[code]?.byDecile ?? []
    expect(northants('E10000021')).toEqual(northants('E06000061').map((n, i) => n + (northants('E06000062')[i] ?? 0)))
  })

  it('reproduces the published share of LSOAs in the most deprived 10% for every authority in IoD2019 File 11', () => {
    const { rows } = readSheet(join(RAW_DIR, IMD_UTLA_FILE), 'IMD')
    const [header = [], ...body] = rows
    const codeColumn = header.indexOf('Upper Tier Local Authority District code (2019)')
    const shareColumn = header.indexOf('IMD - Proportion of LSOAs in most deprived 10% nationally')
    expect(codeColumn).toBeGreaterThanOrEqual(0)
    expect(shareColumn).toBeGreaterThanOrEqual(0)
    const published = body.filter((r) => r[codeColumn])
    expect(published).toHaveLength(151)
    for (const row of published) {
      const code2019 = row[codeColumn] ?? ''
      // 2019 codes: recoded areas (E10000002 Bucks, E10000023, E10000027) resolve to today's code; the former
      // authorities (E10000021 Northamptonshire, E10000006 Cumbria) keep theirs.
      const code = registry.findByCode(code2019)?.code
      expect(code, code2019).toBeDefined()
      const counts = deciles.areas[code ?? '']
      expect(counts, code2019).toBeDefined()
      if (!counts) continue
      const share = Math.round(((counts.byDecile[0] ?? 0) / counts.total) * 10_000) / 10_000
      expect(share, `${code2019} ${row[1]}`).toBe(Number(row[shareColumn]))
    }
    const barnsley = published.find((r) => r[codeColumn] === 'E08000016')
    expect(barnsley?.[shareColumn]).toBe('0.2177')
  })
})
