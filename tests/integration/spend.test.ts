import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import { main as deflatorsMain } from '../../scripts/etl/deflators/run'
import { readCsv } from '../../scripts/lib/readCsv'
import { main as spendMain } from '../../scripts/etl/spend/run'
import { HIGHLIGHTS_PATH, parseHighlights } from '../../scripts/etl/spend/parseHighlights'
import { latestByAreaYear } from '../../scripts/etl/combine/latestPublication'
import { etlContext } from '../../scripts/etl/testing/etlContext'
import { ENGLAND_CODE, type Observation, type SourceOutput } from '../../scripts/etl/types'
import { deflatorsFileSchema, type DeflatorsFile } from '../../src/schema/deflators'
import { indicatorsFileSchema } from '../../src/schema/indicators'
import { RAW_DIR, rawContext } from './rawBundle'

const BARNSLEY = 'E08000016'

describe('deflators from the raw bundle', () => {
  let file: DeflatorsFile

  beforeAll(async () => {
    const { registry } = buildAreaRegistry(RAW_DIR)
    const output = await deflatorsMain(etlContext(RAW_DIR, registry))
    file = deflatorsFileSchema.parse(output.files.find((f) => f.path === 'deflators.json')?.data)
  })

  it('GDP deflator (default): quarters to 2025 Q1 give FY 2024-25 as the base year', () => {
    const gdp = file.deflators.find((d) => d.id === 'gdp')
    expect(file.default).toBe('gdp')
    expect(gdp?.baseYear).toBe(2025)
    // FY 2023-24 = mean(106.8, 107.8, 108.0, 109.3) = 107.975; FY 2024-25 = mean(110.1, 112.1, 113.2, 114.1) = 112.375.
    expect(gdp?.index[gdp.years.indexOf(2024)]).toBe(96.085)
    expect(gdp?.years.at(-1)).toBe(2025)
  })

  it('SPPI (HQTI) stops at FY 2021-22: 2022 Q2-Q4 are there but 2023 Q1 is not, so FY 2022-23 is not produced', () => {
    const sppi = file.deflators.find((d) => d.id === 'sppi')
    expect(sppi?.baseYear).toBe(2022)
    expect(sppi?.years).not.toContain(2023)
    expect(sppi?.cdid).toBe('HQTI')
  })
})

describe('S251 spending from the raw bundle', () => {
  let output: SourceOutput
  let winners: Map<string, Map<string, Observation>>

  const value = (id: string, areaCode: string, year: number) => winners.get(id)?.get(`${areaCode}|${year}`)

  beforeAll(async () => {
    const { registry } = buildAreaRegistry(RAW_DIR)
    output = await spendMain(await rawContext(registry))
    const byId = new Map<string, Observation[]>()
    for (const o of output.observations) byId.set(o.indicatorId, [...(byId.get(o.indicatorId) ?? []), o])
    winners = new Map([...byId].map(([id, obs]) => [id, latestByAreaYear(obs)]))
  }, 120_000)

  it('golden: Barnsley FY 2018-19 total 39,440,058 (A1 5.0.2 = LAIT), FY 2017-18 37,689,833', () => {
    const a1 = output.observations.find(
      (o) =>
        o.indicatorId === 'spend_cyp_total' && o.areaCode === BARNSLEY && o.year === 2019 && o.sourceId === 's251-a1',
    )
    expect(a1?.value).toBe(39440058)
    expect(value('spend_cyp_total', BARNSLEY, 2019)).toMatchObject({ value: 39440058, sourceId: 'lait' })
    expect(value('spend_cyp_total', BARNSLEY, 2018)?.value).toBe(37689833)
  })

  it('golden: the highlights summary has Barnsley FY 2018-19 at 39.4401 £m', () => {
    const rows = parseHighlights(readCsv(join(RAW_DIR, HIGHLIGHTS_PATH)))
    expect(rows.find((r) => r.laNumber === 370 && r.year === 2019)?.value).toBe(39440100)
  })

  it('golden FY 2009-10 (Table A1 2009-10, Barnsley): total line 44 39,485,751; CLA 9,789,075; safeguarding = safety 1,453,652 + strategy 8,095,045', () => {
    expect(value('spend_cyp_total', BARNSLEY, 2010)?.value).toBe(39485751)
    expect(value('spend_cla_total', BARNSLEY, 2010)?.value).toBe(9789075)
    expect(value('spend_safeguarding_total', BARNSLEY, 2010)?.value).toBe(1453652 + 8095045)
    // Table A sheet 2, lines 96-99 "TOTAL EXPENDITURE (k)": 0 + 0 + 0 + 7,970.
    expect(value('spend_young_people_total', BARNSLEY, 2010)?.value).toBe(7970)
  })

  it('FY 2009-10 has no early years line: a gap flagged x for every authority and England', () => {
    expect(value('spend_early_years_total', BARNSLEY, 2010)).toMatchObject({ value: null, flag: 'x' })
    expect(value('spend_early_years_total', ENGLAND_CODE, 2010)).toMatchObject({ value: null, flag: 'x' })
    expect(value('spend_early_years_per_child', BARNSLEY, 2010)).toMatchObject({ value: null, flag: 'x' })
  })

  it('golden FY 2010-11 (s251ye2011, Barnsley): total line 50 56,118,861; safeguarding = 664,244 + 1,295,178 + 6,281,100; Sure Start 10,549,873', () => {
    expect(value('spend_cyp_total', BARNSLEY, 2011)?.value).toBe(56118861)
    expect(value('spend_safeguarding_total', BARNSLEY, 2011)?.value).toBe(664244 + 1295178 + 6281100)
    expect(value('spend_early_years_total', BARNSLEY, 2011)?.value).toBe(10549873)
    expect(value('spend_young_people_total', BARNSLEY, 2011)?.value).toBe(16777603)
  })

  it('reads Stockton-on-Tees FY 2009-10, every Table A1 line 0, as a missing return; England is marked incomplete', () => {
    const STOCKTON = 'E06000004'
    expect(value('spend_cyp_total', STOCKTON, 2010)).toMatchObject({ value: null, flag: 'x' })
    expect(value('spend_cla_total', STOCKTON, 2010)).toMatchObject({ value: null, flag: 'x' })
    expect(value('spend_cyp_per_child', STOCKTON, 2010)).toMatchObject({ value: null, flag: 'x' })
    expect(value('spend_cyp_total', STOCKTON, 2011)?.value).toBeGreaterThan(0)
    expect(value('spend_cyp_total', ENGLAND_CODE, 2010)).toMatchObject({ value: 6555911446, flag: 'incomplete' })
    expect(value('spend_cyp_per_child', ENGLAND_CODE, 2010)?.flag).toBe('incomplete')
    expect(value('spend_cyp_total', ENGLAND_CODE, 2011)?.flag).toBeNull()
  })

  it('covers FY 2009-10 to 2024-25; England is published from FY 2014-15 (total) and computed before', () => {
    const years = [...new Set([...(winners.get('spend_cyp_total')?.values() ?? [])].map((o) => o.year))].sort()
    expect(years[0]).toBe(2010)
    expect(years.at(-1)).toBe(2025)
    expect(value('spend_cyp_total', ENGLAND_CODE, 2010)).toMatchObject({ value: 6555911446, provenance: 'computed' })
    expect(value('spend_cyp_total', ENGLAND_CODE, 2018)).toMatchObject({
      value: 9419007972,
      provenance: 'published',
      sourceId: 'lait',
    })
    expect(value('spend_cyp_total', ENGLAND_CODE, 2025)).toMatchObject({ value: 16012355892, sourceId: 'lait' })
  })

  it('per child in FY 2024-25 prices: Barnsley FY 2024-25 80,283,218 / 51,799 = £1,550; FY 2018-19 39,440,058 / 49,555 × 100 / 79.043 = £1,007', () => {
    expect(value('spend_cyp_per_child', BARNSLEY, 2025)).toMatchObject({ value: 1550, provenance: 'computed' })
    expect(value('spend_cyp_per_child', BARNSLEY, 2019)?.value).toBe(1007)
  })

  it('CLA share: Barnsley FY 2018-19 17,808,473 / 39,440,058 = 45.2%', () => {
    expect(value('spend_cla_share', BARNSLEY, 2019)?.value).toBe(45.2)
  })

  it('reports the England reconciliation for every year and a catalogue entry for every indicator', () => {
    const notes = output.reports.flatMap((r) => r.notes)
    for (let year = 2010; year <= 2025; year++) {
      const fy = `FY ${year - 1}-${String(year % 100).padStart(2, '0')} CYP total`
      expect(
        notes.some((n) => n.startsWith(fy)),
        fy,
      ).toBe(true)
    }
    const catalogue = indicatorsFileSchema.parse(output.indicators)
    const ids = new Set(output.observations.map((o) => o.indicatorId))
    expect([...ids].sort()).toEqual(catalogue.map((i) => i.id).sort())
    expect(catalogue.find((i) => i.id === 'spend_cyp_per_child')?.label).toContain('2024-25 prices (GDP deflator)')
    for (const entry of catalogue)
      expect(entry).toMatchObject({ topic: 'spending', polarity: 'neutral', yearType: 'financial year' })
  })
})
