import { LSOA_DOMAINS } from '../../../src/schema/geo'
import {
  neighbourhoodCatalogueSchema,
  neighbourhoodIndexSchema,
  neighbourhoodValuesSchema,
} from '../../../src/schema/neighbourhoodVariables'
import { SourceError } from '../../lib/sourceError'
import type { ExtraFile } from '../types'
import type { VariableSpec } from './catalogue'
import { NEIGHBOURHOOD_FILES as FILES } from './files'
import type { LsoaValues, RuralUrban } from './parseColumns'

/** The IoD2025 figures of one 2021 LSOA the iod2025 source has already read (Files 1, 3 and 5 joined). */
export interface Lsoa2025Figures {
  code: string
  scores: readonly number[]
  ranks: readonly number[]
  deciles: readonly number[]
  idaciRank: number
  idaciDecile: number
}

/** Everything the variables are built from, parsed. */
export interface NeighbourhoodInputs {
  /** Each current authority's 2021 LSOAs (by IoD2025 File 1's district), with their IoD2025 figures. */
  lsoasByArea: ReadonlyMap<string, readonly Lsoa2025Figures[]>
  subdomains2025: ReadonlyMap<string, LsoaValues>
  indicators2025: ReadonlyMap<string, LsoaValues>
  census2021: ReadonlyMap<string, LsoaValues>
  domains2019: ReadonlyMap<string, LsoaValues>
  subdomains2019: ReadonlyMap<string, LsoaValues>
  /** The 2011 LSOA each 2021 LSOA carries its IoD2019 figures from (U and S only). */
  parentOf: ReadonlyMap<string, string>
  ruralUrban: RuralUrban
}

/** File of each parsed table, for errors naming where a neighbourhood is missing. */
const TABLE_FILES = {
  subdomains2025: FILES.subdomains2025,
  indicators2025: FILES.indicators2025,
  census2021: FILES.census2021,
  domains2019: FILES.domains2019,
  subdomains2019: FILES.subdomains2019,
} as const

/**
 * The neighbourhood files: neighbourhoods/index.json (each authority's LSOAs, sorted), neighbourhoods/catalogue.json
 * and one neighbourhoods/values/<id>.json per variable, aligned with the index. Every 2021 LSOA must be in every
 * 2021 table (and every carried 2011 LSOA in the 2019 tables): a missing one stops the build naming the file.
 */
export function buildNeighbourhoodFiles(inputs: NeighbourhoodInputs, specs: readonly VariableSpec[]): ExtraFile[] {
  const areaCodes = [...inputs.lsoasByArea.keys()].sort()
  const lsoasOf = new Map(
    areaCodes.map((area) => [
      area,
      [...(inputs.lsoasByArea.get(area) ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
    ]),
  )
  const index = neighbourhoodIndexSchema.parse({
    lsoaCount: areaCodes.reduce((n, a) => n + (lsoasOf.get(a)?.length ?? 0), 0),
    areas: Object.fromEntries(areaCodes.map((a) => [a, (lsoasOf.get(a) ?? []).map((l) => l.code)])),
  })
  const row = (table: keyof typeof TABLE_FILES, code: string): LsoaValues => {
    const found = inputs[table].get(code)
    if (!found) throw new SourceError({ file: TABLE_FILES[table] }, `LSOA ${code} is not in the file`)
    return found
  }
  const valueOf = (spec: VariableSpec, lsoa: Lsoa2025Figures): number | null => {
    const v = spec.value
    switch (v.from) {
      case 'iod2025': {
        if (v.measure === 'idaci')
          return v.field === 'rank' ? lsoa.idaciRank : v.field === 'decile' ? lsoa.idaciDecile : null
        const i = LSOA_DOMAINS.indexOf(v.measure)
        const list = v.field === 'score' ? lsoa.scores : v.field === 'rank' ? lsoa.ranks : lsoa.deciles
        return list[i] ?? null
      }
      case 'subdomains2025':
      case 'indicators2025':
      case 'census2021':
        return row(v.from, lsoa.code)[v.column] ?? null
      case 'domains2019':
      case 'subdomains2019': {
        const parent = inputs.parentOf.get(lsoa.code)
        return parent === undefined ? null : (row(v.from, parent)[v.column] ?? null)
      }
      case 'childShare': {
        const census = row('census2021', lsoa.code)
        const children = census.age_0_15
        const total = census.total_usual_residents
        if (children == null || !total) return null
        return Math.round((1000 * children) / total) / 10
      }
      case 'rural':
      case 'ruralUrbanClass': {
        const found = inputs.ruralUrban.byCode.get(lsoa.code)
        if (!found) throw new SourceError({ file: FILES.ruralUrban }, `LSOA ${lsoa.code} is not in the file`)
        return v.from === 'rural' ? found.rural : found.classIndex
      }
    }
  }
  const catalogue = neighbourhoodCatalogueSchema.parse({ variables: specs.map((s) => s.variable) })
  const values = specs.map((spec) =>
    neighbourhoodValuesSchema.parse({
      id: spec.variable.id,
      areas: Object.fromEntries(areaCodes.map((a) => [a, (lsoasOf.get(a) ?? []).map((l) => valueOf(spec, l))])),
    }),
  )
  return [
    { path: 'neighbourhoods/index.json', data: index },
    { path: 'neighbourhoods/catalogue.json', data: catalogue },
    ...values.map((v) => ({ path: `neighbourhoods/values/${v.id}.json`, data: v })),
  ]
}
