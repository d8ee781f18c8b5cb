import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  hexCartogramSchema,
  lsoaDecilesFileSchema,
  lsoaFileSchema,
  utlaSvgMapSchema,
  utlaTopologySchema,
} from '../../../src/schema/geo'
import { SourceError } from '../../lib/sourceError'
import { etlContext } from '../testing/etlContext'
import { FIXTURE_RAW_DIR, fixtureRegistry, LEICESTER } from './fixtures/areas'
import { main } from './run'

const scratch: string[] = []
afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A copy of the fixture bundle, changed by edit. */
function bundleWith(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-raw-'))
  scratch.push(dir)
  cpSync(FIXTURE_RAW_DIR, dir, { recursive: true })
  edit(dir)
  return dir
}

const run = (rawDir: string) => main(etlContext(rawDir, fixtureRegistry()))
const fileOf = (output: Awaited<ReturnType<typeof run>>, path: string) =>
  output.files.find((f) => f.path === path)?.data

describe('geo main() on the fixture bundle', () => {
  it('writes the upper-tier topology and its SVG projection, one LSOA file per current authority and the decile counts', async () => {
    const output = await run(FIXTURE_RAW_DIR)
    expect(output.files.map((f) => f.path).sort()).toEqual([
      'deprivation/lsoa_deciles.json',
      'geo/hex-cartogram.json',
      'geo/utla.svg.json',
      'geo/utla.topo.json',
      'lsoa/E06000015.json',
      'lsoa/E10000007.json',
    ])
    const utla = utlaTopologySchema.parse(fileOf(output, 'geo/utla.topo.json'))
    expect(utla.objects.utla.geometries.map((g) => g.properties.code)).toEqual(['E06000015', 'E10000007'])
    const svg = utlaSvgMapSchema.parse(fileOf(output, 'geo/utla.svg.json'))
    expect(svg.areas.map((a) => a.code)).toEqual(['E06000015', 'E10000007'])
    const hex = hexCartogramSchema.parse(fileOf(output, 'geo/hex-cartogram.json'))
    expect(hex.tiles.map((t) => [t.code, t.abbreviation])).toEqual([
      ['E06000015', 'DER'],
      ['E10000007', 'DEB'],
    ])
    expect(new Set(hex.tiles.map((t) => `${t.col} ${t.row}`)).size).toBe(2)
    const derbyshire = lsoaFileSchema.parse(fileOf(output, 'lsoa/E10000007.json'))
    expect(derbyshire.topology.objects.lsoa.geometries.map((g) => g.properties.code)).toEqual([
      'E01019400',
      'E01019500',
    ])
    expect(derbyshire.topology.objects.lsoa.geometries[1]?.properties).toEqual({
      code: 'E01019500',
      name: 'Bolsover 001A',
      ranks: [800, 3300, 700, 150, 4200, 1000, 28000, 32500],
      deciles: [1, 2, 1, 1, 2, 1, 9, 10],
    })
    expect(lsoaDecilesFileSchema.parse(fileOf(output, 'deprivation/lsoa_deciles.json'))).toEqual({
      edition: 2019,
      areas: {
        E06000015: { total: 1, byDecile: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        E10000007: { total: 2, byDecile: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0] },
      },
    })
  })

  it('reports districts and LSOAs read and kept', async () => {
    const { reports } = await run(FIXTURE_RAW_DIR)
    expect(reports.map((r) => [r.sourceId, r.rowsRead, r.rowsKept])).toEqual([
      ['geo-boundaries', 3, 3],
      ['imd-lsoa', 3, 3],
    ])
    expect(reports[0]?.notes.join('\n')).toMatch(/3 LSOA polygons read from 3 files, 3 assigned/)
  })

  it('stops with a SourceError naming the boundary file and the LSOA when the LSOA has no IMD row', async () => {
    const rawDir = bundleWith((dir) => {
      const file = join(dir, 'imd/humaniverse-csv/imd2019_england_lsoa11.csv')
      const lines = readFileSync(file, 'utf8').trim().split('\n')
      writeFileSync(file, lines.filter((l) => !l.startsWith('"E01019500"')).join('\n') + '\n')
    })
    await expect(run(rawDir)).rejects.toThrow(SourceError)
    await expect(run(rawDir)).rejects.toThrow(/topo_E07000033\.json.*E01019500 \(Bolsover 001A\) has no row/)
  })

  it('stops with a SourceError when an IMD row has no boundary', async () => {
    const rawDir = bundleWith((dir) => {
      const file = join(dir, 'imd/humaniverse-csv/imd2019_england_lsoa11.csv')
      writeFileSync(file, readFileSync(file, 'utf8') + '"E01099999",1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n')
    })
    await expect(run(rawDir)).rejects.toThrow(/E01099999/)
  })

  it("stops with a SourceError naming the file when a district's LSOA file is missing", async () => {
    const rawDir = bundleWith((dir) => rmSync(join(dir, 'geo/lsoa11/topo_E07000033.json')))
    await expect(run(rawDir)).rejects.toThrow(SourceError)
    await expect(run(rawDir)).rejects.toThrow(/topo_E07000033\.json: file not found/)
  })

  it('stops when an LSOA file belongs to no district of topo_lad.json', async () => {
    const rawDir = bundleWith((dir) =>
      cpSync(join(dir, 'geo/lsoa11/topo_E07000033.json'), join(dir, 'geo/lsoa11/topo_E07000099.json')),
    )
    await expect(run(rawDir)).rejects.toThrow(/topo_E07000099\.json: boundary file for a district not in/)
  })

  it('stops when a current authority gets no district', async () => {
    const registry = fixtureRegistry([LEICESTER])
    await expect(main(etlContext(FIXTURE_RAW_DIR, registry))).rejects.toThrow(/no district lies in E06000016 Leicester/)
  })
})
