import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import type { AreaRegistry } from '../../scripts/etl/areas/registry'
import { readCsv } from '../../scripts/lib/readCsv'
import { parseDistrictPopulations } from '../../scripts/etl/iod2025/authorities'
import { IOD2025_FILES } from '../../scripts/etl/iod2025/files'
import { main } from '../../scripts/etl/iod2025/run'
import { etlContext } from '../../scripts/etl/testing/etlContext'
import type { SourceOutput } from '../../scripts/etl/types'
import { lsoa21DecilesFileSchema, lsoa21FileSchema, LSOA21_MEASURES, type Lsoa21File } from '../../src/schema/geo'
import {
  neighbourhoodCatalogueSchema,
  neighbourhoodIndexSchema,
  neighbourhoodValuesSchema,
} from '../../src/schema/neighbourhoodVariables'
import { RAW_DIR } from './rawBundle'

// Golden values from MHCLG's IoD2025 district summaries (File 10 version 2, as in imd2025_england_ltla24.csv).
let registry: AreaRegistry
let output: SourceOutput
let lsoaFiles: Lsoa21File[]

function valueOf(indicatorId: string, areaCode: string) {
  const matches = output.observations.filter((o) => o.indicatorId === indicatorId && o.areaCode === areaCode)
  if (matches.length !== 1) throw new Error(`${matches.length} observations for ${indicatorId} ${areaCode}`)
  return matches[0]
}

describe('IoD2025 ETL over the raw bundle', () => {
  beforeAll(async () => {
    registry = buildAreaRegistry(RAW_DIR).registry
    output = await main(etlContext(RAW_DIR, registry))
    lsoaFiles = output.files.filter((f) => f.path.startsWith('lsoa/2021/')).map((f) => lsoa21FileSchema.parse(f.data))
  })

  it.each([
    // code, name, IMD score, rank of score among 296, % of LSOAs in the most deprived 10%
    ['E06000009', 'Blackpool', 43.467, 1, 40.43],
    ['E08000003', 'Manchester', 38.677, 4, 40.68],
    ['E06000001', 'Hartlepool', 37.58, 6, 42.11],
    ['E06000002', 'Middlesbrough', 40.037, 2, 50],
    ['E06000041', 'Wokingham', 6.102, 295, 0],
  ])('%s %s takes its published district figures', (code, _name, score, rank, share) => {
    expect(valueOf('imd_score', code)).toMatchObject({ value: score, provenance: 'published' })
    expect(valueOf('imd_district_rank', code)).toMatchObject({ value: rank, provenance: 'published' })
    expect(valueOf('imd_most_deprived_10pc', code)).toMatchObject({ value: share, provenance: 'published' })
  })

  it('gives every current authority, including the four created after IoD2019, a 2025 figure', () => {
    for (const area of registry.current) {
      expect(valueOf('imd_score', area.code)?.value, area.name).toEqual(expect.any(Number))
      expect(valueOf('idaci_most_deprived_10pc', area.code)?.value, area.name).toEqual(expect.any(Number))
    }
    expect(valueOf('imd_score', 'E06000063')).toMatchObject({ value: 23.807, provenance: 'published' }) // Cumberland
  })

  it('computes a county score as the population-weighted mean of its districts (Oxfordshire by hand)', () => {
    // Oxfordshire's five districts: File 10 v2 IMD average score and ONS mid-2024 population (all ages).
    const districts = ['E07000177', 'E07000178', 'E07000179', 'E07000180', 'E07000181']
    const table = readCsv(join(RAW_DIR, IOD2025_FILES.districts))
    const scoreAt = table.header.indexOf('imd_average_score')
    const scores = districts.map((d) => Number(table.rows.find((r) => r[0] === d)?.[scoreAt]))
    const populations = parseDistrictPopulations(readCsv(join(RAW_DIR, IOD2025_FILES.population)), districts)
    expect(scores).toEqual([12.624, 14.423, 8.546, 9.472, 10.148])
    expect(districts.map((d) => populations.get(d)?.allAges)).toEqual([170_426, 166_034, 156_470, 149_347, 120_941])
    // (12.624 × 170,426 + 14.423 × 166,034 + 8.546 × 156,470 + 9.472 × 149,347 + 10.148 × 120,941) / 763,218
    // = 8,525,282.878 / 763,218 = 11.1702 (the county's own mid-2024 row is 763,218 too)
    expect(valueOf('imd_score', 'E10000025')).toMatchObject({ value: 11.17, provenance: 'computed' })
    // Its districts rank from Oxford (208 of 296) to South Oxfordshire (287).
    expect(valueOf('imd_district_rank', 'E10000025')?.value).toBe(208)
    expect(valueOf('imd_district_rank_least', 'E10000025')?.value).toBe(287)
  })

  it('puts every one of the 33,755 LSOAs in exactly one current authority file, with File 1’s district', () => {
    const seen = new Map<string, string>()
    for (const file of lsoaFiles)
      for (const g of file.topology.objects.lsoa.geometries) {
        expect(seen.get(g.properties.code), g.properties.code).toBeUndefined()
        seen.set(g.properties.code, file.areaCode)
      }
    expect(seen.size).toBe(33_755)
    expect(lsoaFiles.map((f) => f.areaCode).sort()).toEqual(registry.current.map((a) => a.code).sort())
    // The ONS best fit puts E01027305 in Cherwell (Oxfordshire); IoD2025 File 1 in West Northamptonshire.
    expect(seen.get('E01027305')).toBe('E06000062')
  })

  it('names each neighbourhood’s ward and carries IMD, domain and IDACI ranks and deciles', () => {
    const barnsley = lsoaFiles.find((f) => f.areaCode === 'E08000016')
    const lsoas = barnsley?.topology.objects.lsoa.geometries.map((g) => g.properties) ?? []
    expect(new Set(lsoas.map((l) => l.ward))).toContain('Dearne South')
    expect(lsoas.every((l) => l.ranks.length === LSOA21_MEASURES.length)).toBe(true)
    // The share in decile 1 counted from the file equals the published district proportion.
    const share = lsoas.filter((l) => l.deciles[0] === 1).length / lsoas.length
    expect(Number((share * 100).toFixed(2))).toBe(valueOf('imd_most_deprived_10pc', 'E08000016')?.value)
  })

  it('counts England’s LSOAs by decile, about a tenth in each', () => {
    const deciles = lsoa21DecilesFileSchema.parse(
      output.files.find((f) => f.path === 'deprivation/lsoa21_deciles.json')?.data,
    )
    expect(deciles.england.total).toBe(33_755)
    expect(deciles.england.byDecile.every((n) => n >= 3375 && n <= 3376)).toBe(true)
  })

  describe('neighbourhood variables', () => {
    const fileOf = (path: string) => output.files.find((f) => f.path === path)?.data
    const valueAt = (id: string, area: string, lsoa: string) => {
      const index = neighbourhoodIndexSchema.parse(fileOf('neighbourhoods/index.json'))
      const at = index.areas[area]?.indexOf(lsoa) ?? -1
      expect(at, `${lsoa} in ${area}`).toBeGreaterThanOrEqual(0)
      return neighbourhoodValuesSchema.parse(fileOf(`neighbourhoods/values/${id}.json`)).areas[area]?.[at]
    }

    it('lists every one of the 33,755 LSOAs once, in the authority File 1 places it in', () => {
      const index = neighbourhoodIndexSchema.parse(fileOf('neighbourhoods/index.json'))
      const all = Object.values(index.areas).flat()
      expect(index.lsoaCount).toBe(33_755)
      expect(new Set(all).size).toBe(33_755)
      expect(index.areas.E06000062).toContain('E01027305')
    })

    it('has a values file for every catalogued variable, one value per LSOA of each authority', () => {
      const index = neighbourhoodIndexSchema.parse(fileOf('neighbourhoods/index.json'))
      const catalogue = neighbourhoodCatalogueSchema.parse(fileOf('neighbourhoods/catalogue.json'))
      expect(catalogue.variables.length).toBeGreaterThan(100)
      for (const variable of catalogue.variables) {
        const values = neighbourhoodValuesSchema.parse(fileOf(`neighbourhoods/values/${variable.id}.json`))
        for (const [area, codes] of Object.entries(index.areas))
          expect(values.areas[area]?.length, `${variable.id} ${area}`).toBe(codes.length)
      }
    })

    it('reproduces published figures for City of London 001A (E01000001), a blank staying blank', () => {
      // IoD2025 File 5: IMD score 8.742, rank 26,525, decile 8; File 4: children and young people score −2.902;
      // File 8: burglary 5.2 per 1,000 at-risk properties, IDACI count blank; IoD2019 (unchanged LSOA): IMD rank
      // 29,199, decile 9; Census 2021: 125 of 1,477 residents aged 0-15 (8.5%); RUC21: urban.
      const at = (id: string) => valueAt(id, 'E09000001', 'E01000001')
      expect(at('imd25_imd_score')).toBe(8.742)
      expect(at('imd25_imd_rank')).toBe(26_525)
      expect(at('imd25_imd_decile')).toBe(8)
      expect(at('imd25_children_and_young_people_score')).toBe(-2.902)
      expect(at('ind25_burglary')).toBe(5.2)
      expect(at('ind25_income_deprivation_affecting_children_index_idaci_numerator')).toBeNull()
      expect(at('imd19_imd_rank')).toBe(29_199)
      expect(at('imd19_imd_decile')).toBe(9)
      expect(at('children_0_15')).toBe(125)
      expect(at('children_0_15_share')).toBe(8.5)
      expect(at('rural')).toBe(0)
    })

    it('carries a split 2011 LSOA’s IoD2019 figures and gives a merged one none', () => {
      // Middlesbrough 001H (E01035189) was split from 2011's E01033468 (IMD 2019 rank 244, decile 1); Hartlepool
      // 015C (E01035188) was merged from Hartlepool 005A and 005D.
      expect(valueAt('imd19_imd_rank', 'E06000002', 'E01035189')).toBe(244)
      expect(valueAt('imd19_imd_decile', 'E06000002', 'E01035189')).toBe(1)
      expect(valueAt('imd19_imd_rank', 'E06000001', 'E01035188')).toBeNull()
      expect(valueAt('ind25_burglary', 'E06000001', 'E01035188')).toBe(37)
    })
  })
})
