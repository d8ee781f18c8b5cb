import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import { main } from '../../scripts/etl/lsoaPopulation/run'
import { etlContext } from '../../scripts/etl/testing/etlContext'
import type { LsoaIndexFile, LsoaPopulationFile } from '../../src/schema/lsoaPopulation'
import { RAW_DIR, REPO_DIR } from './rawBundle'

describe('LSOA child populations over the raw bundle', async () => {
  const { registry } = buildAreaRegistry(RAW_DIR)
  const output = await main(etlContext(RAW_DIR, registry))
  const files = new Map(output.files.map((f) => [f.path, f.data]))
  const areaFile = (code: string) => files.get(`lsoa-population/${code}.json`) as LsoaPopulationFile
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

  it("Barnsley's 2011 LSOAs hold 51,621 children aged 0-17 at mid-2020: DfE's own denominator for 2021", () => {
    const barnsley = areaFile('E08000016')
    expect(barnsley.lsoa11.codes).toHaveLength(147)
    expect(sum(barnsley.lsoa11.children0to17)).toBe(51_621)
  })

  it('England: 32,844 LSOAs (2011) with 12,093,288 children; 33,755 LSOAs (2021); one file per current authority', () => {
    const current = registry.current.map((a) => a.code).sort()
    const areaFiles = current.map(areaFile)
    expect(areaFiles.every(Boolean)).toBe(true)
    expect(sum(areaFiles.map((f) => f.lsoa11.codes.length))).toBe(32_844)
    expect(sum(areaFiles.map((f) => sum(f.lsoa11.children0to17)))).toBe(12_093_288)
    expect(sum(areaFiles.map((f) => f.lsoa21.codes.length))).toBe(33_755)
  })

  it("every authority's 2011 LSOAs are the ones on its neighbourhood map, so each mapped LSOA has its children", () => {
    for (const area of registry.current) {
      const map = JSON.parse(readFileSync(join(REPO_DIR, `public/data/lsoa/${area.code}.json`), 'utf8')) as {
        topology: { objects: { lsoa: { geometries: Array<{ properties: { code: string } }> } } }
      }
      const mapped = map.topology.objects.lsoa.geometries.map((g) => g.properties.code).sort()
      expect([...areaFile(area.code).lsoa11.codes].sort(), area.name).toEqual(mapped)
    }
  })

  it("each 2011 LSOA's shares add up to 1", () => {
    for (const area of registry.current) {
      const totals = new Map<number, number>()
      for (const [i, , share] of areaFile(area.code).lsoa11to21) totals.set(i, (totals.get(i) ?? 0) + share)
      for (const total of totals.values()) expect(total).toBeCloseTo(1, 5)
      expect(totals.size).toBe(areaFile(area.code).lsoa11.codes.length)
    }
  })

  it('the index places every LSOA in the authority whose file lists it', () => {
    const index = files.get('lsoa-population/index.json') as LsoaIndexFile
    const runsTotal = (runs: LsoaIndexFile['lsoa11']) => sum(runs.map((r) => r[1]))
    expect(runsTotal(index.lsoa11)).toBe(32_844)
    expect(runsTotal(index.lsoa21)).toBe(33_755)
    const [start, , areaIndex] = index.lsoa11.find((r) => r[0] <= 7434 && 7434 < r[0] + r[1]) ?? [0, 0, -1]
    expect(start).toBeLessThanOrEqual(7434)
    expect(index.areas[areaIndex]).toBe('E08000016') // E01007434 is in Barnsley
  })
})
