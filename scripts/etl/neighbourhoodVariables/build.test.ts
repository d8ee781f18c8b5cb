import { describe, expect, it } from 'vitest'
import {
  neighbourhoodCatalogueSchema,
  neighbourhoodIndexSchema,
  neighbourhoodValuesSchema,
} from '../../../src/schema/neighbourhoodVariables'
import { errorFrom } from '../testing/errorFrom'
import { buildNeighbourhoodFiles, type Lsoa2025Figures, type NeighbourhoodInputs } from './build'
import { INDICATOR_COLUMNS, neighbourhoodVariableSpecs } from './catalogue'
import { RUC21_CLASSES } from './parseColumns'

// A synthetic England of three 2021 LSOAs in two authorities: E01000001 unchanged since 2011, E01035001 split from
// 2011's E01000002, E01035003 merged from two 2011 LSOAs (no single 2019 figure).
const lsoa = (code: string, base: number): Lsoa2025Figures => ({
  code,
  scores: Array.from({ length: 8 }, (_, i) => base + i / 10),
  ranks: Array.from({ length: 8 }, (_, i) => 100 * base + i),
  deciles: Array.from({ length: 8 }, () => base),
  idaciRank: 50 * base,
  idaciDecile: base,
})
const allColumns = (value: number | null) =>
  Object.fromEntries(
    [
      ...INDICATOR_COLUMNS.map((c) => c.name),
      ...[
        'children_and_young_people',
        'adult_skills',
        'geographical_barriers',
        'wider_barriers',
        'indoors',
        'outdoors',
      ].flatMap((s) => [`${s}_score`, `${s}_rank`, `${s}_decile`]),
    ].map((c) => [c, value]),
  )
const ranks2019 = (rank: number) =>
  Object.fromEntries(
    [
      'IMD',
      'Income',
      'Employment',
      'Education',
      'Health',
      'Crime',
      'Housing_and_Access',
      'Environment',
      'Children_and_young_people',
      'Adult_skills',
      'Geographical_barriers',
      'Wider_barriers',
      'Indoors',
      'Outdoors',
    ].flatMap((s) => [
      [`${s}_rank`, rank],
      [`${s}_decile`, Math.ceil(rank / 100)],
    ]),
  )
const codes = ['E01035003', 'E01000001', 'E01035001']
function inputs(): NeighbourhoodInputs {
  return {
    lsoasByArea: new Map([
      ['E06000002', [lsoa('E01035003', 3)]],
      ['E06000001', [lsoa('E01035001', 2), lsoa('E01000001', 1)]],
    ]),
    subdomains2025: new Map(codes.map((c) => [c, allColumns(0.5)])),
    indicators2025: new Map(
      codes.map((c, i) => [c, { ...allColumns(1.5), burglary_rate_per_1_000_at_risk_properties: i }]),
    ),
    census2021: new Map([
      ['E01000001', { age_0_15: 125, total_usual_residents: 1477 }],
      ['E01035001', { age_0_15: 300, total_usual_residents: 1200 }],
      ['E01035003', { age_0_15: 0, total_usual_residents: 900 }],
    ]),
    domains2019: new Map([
      ['E01000001', ranks2019(120)],
      ['E01000002', ranks2019(950)],
    ]),
    subdomains2019: new Map([
      ['E01000001', ranks2019(130)],
      ['E01000002', ranks2019(960)],
    ]),
    parentOf: new Map([
      ['E01000001', 'E01000001'],
      ['E01035001', 'E01000002'],
    ]),
    ruralUrban: {
      classes: RUC21_CLASSES,
      byCode: new Map([
        ['E01000001', { rural: 0 as const, classIndex: 0 }],
        ['E01035001', { rural: 1 as const, classIndex: 5 }],
        ['E01035003', { rural: 0 as const, classIndex: 1 }],
      ]),
    },
  }
}

function build(input = inputs()) {
  const files = buildNeighbourhoodFiles(input, neighbourhoodVariableSpecs())
  const values = (id: string) =>
    neighbourhoodValuesSchema.parse(files.find((f) => f.path === `neighbourhoods/values/${id}.json`)?.data).areas
  return { files, values }
}

describe('buildNeighbourhoodFiles', () => {
  it('writes an index of each authority’s LSOAs, sorted, and a catalogue of every variable', () => {
    const { files } = build()
    const index = neighbourhoodIndexSchema.parse(files.find((f) => f.path === 'neighbourhoods/index.json')?.data)
    expect(index).toEqual({
      lsoaCount: 3,
      areas: { E06000001: ['E01000001', 'E01035001'], E06000002: ['E01035003'] },
    })
    const catalogue = neighbourhoodCatalogueSchema.parse(
      files.find((f) => f.path === 'neighbourhoods/catalogue.json')?.data,
    )
    expect(files).toHaveLength(2 + catalogue.variables.length)
  })

  it('aligns each variable’s values with the index', () => {
    const { values } = build()
    // IMD score is scores[0] = base; the employment rank is ranks[2] = 100 × base + 2; IDACI rank is 50 × base.
    expect(values('imd25_imd_score')).toEqual({ E06000001: [1, 2], E06000002: [3] })
    expect(values('imd25_employment_rank')).toEqual({ E06000001: [102, 202], E06000002: [302] })
    expect(values('idaci25_rank')).toEqual({ E06000001: [50, 100], E06000002: [150] })
    expect(values('ind25_burglary')).toEqual({ E06000001: [1, 2], E06000002: [0] })
  })

  it('carries IoD2019 figures from the unchanged or split 2011 LSOA, and none to a merged one', () => {
    const { values } = build()
    expect(values('imd19_imd_rank')).toEqual({ E06000001: [120, 950], E06000002: [null] })
    expect(values('imd19_outdoors_decile')).toEqual({ E06000001: [2, 10], E06000002: [null] })
  })

  it('computes the share of residents aged 0-15 to one decimal and reads rural and the class', () => {
    // 125 / 1477 = 8.463% → 8.5; 300 / 1200 = 25.0; 0 / 900 = 0.
    const { values } = build()
    expect(values('children_0_15')).toEqual({ E06000001: [125, 300], E06000002: [0] })
    expect(values('children_0_15_share')).toEqual({ E06000001: [8.5, 25], E06000002: [0] })
    expect(values('rural')).toEqual({ E06000001: [0, 1], E06000002: [0] })
    expect(values('ruc21_class')).toEqual({ E06000001: [0, 5], E06000002: [1] })
  })

  it('stops, naming the file, when an LSOA is missing from a table', () => {
    const input = inputs()
    input.census2021 = new Map([['E01000001', { age_0_15: 1, total_usual_residents: 2 }]])
    const error = errorFrom(() => build(input))
    expect(error.location.file).toBe('population/census2021-lsoa21/lsoa21_census2021_age6_EW.csv')
    expect(error.message).toMatch(/LSOA E01035001 is not in the file/)
  })
})

describe('the variable catalogue', () => {
  const specs = neighbourhoodVariableSpecs()

  it('has unique ids and a definition, unit and source file for every variable', () => {
    const ids = specs.map((s) => s.variable.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { variable } of specs) {
      expect(variable.definition.length, variable.id).toBeGreaterThan(20)
      expect(variable.source.file, variable.id).toMatch(/\.(csv|xlsx)$/)
    }
  })

  it('covers the IMD and its domains and sub-domains in both editions, IDACI, every File 8 indicator and the people and place variables', () => {
    const ids = new Set(specs.map((s) => s.variable.id))
    for (const d of [
      'imd',
      'income',
      'employment',
      'education',
      'health',
      'crime',
      'housing_and_access',
      'environment',
    ]) {
      for (const f of ['score', 'rank', 'decile']) expect(ids.has(`imd25_${d}_${f}`), `imd25_${d}_${f}`).toBe(true)
      for (const f of ['rank', 'decile']) expect(ids.has(`imd19_${d}_${f}`), `imd19_${d}_${f}`).toBe(true)
    }
    expect(ids.has('imd25_children_and_young_people_score')).toBe(true)
    expect(ids.has('imd19_children_and_young_people_rank')).toBe(true)
    expect(ids.has('idaci25_decile')).toBe(true)
    expect(specs.filter((s) => s.value.from === 'indicators2025')).toHaveLength(28)
    for (const id of ['children_0_15', 'children_0_15_share', 'rural', 'ruc21_class'])
      expect(ids.has(id), id).toBe(true)
  })
})
