import type { Area } from '../../../src/schema/areas'
import type { Observation } from '../types'
import { rankDescending, shareInDecile1, weightedAverage, type DistrictPopulation } from './authorities'
import { DISTRICT_SCORE_IDS, type DistrictSummary2025 } from './districtSummary'
import { IOD2025_RELEASE, IOD2025_SOURCE_ID, IOD2025_YEAR } from './files'
import type { Lsoa2025 } from './lsoaTable'

export interface AuthorityInputs {
  /** Current authorities, each with its 2024 districts (one, itself, for a unitary, metropolitan or London borough). */
  authorities: readonly { area: Area; districts: readonly DistrictSummary2025[] }[]
  populations: ReadonlyMap<string, DistrictPopulation>
  /** LSOAs by current authority code (File 1's district, placed in its authority). */
  lsoasByArea: ReadonlyMap<string, readonly Lsoa2025[]>
}

/**
 * The IoD2025 figures of every current authority at year 2025. An authority that is itself one 2024 district takes
 * the published File 10 figures; a county's average scores are weighted by its districts' mid-2024 populations (0-15
 * for IDACI), its shares in the most deprived 10% are counted from its LSOAs' deciles and its district ranks are its
 * most and least deprived districts'. The rank among upper-tier authorities ranks every authority's IMD score.
 */
export function buildIod2025Observations({ authorities, populations, lsoasByArea }: AuthorityInputs): Observation[] {
  const observations: Observation[] = []
  const imdScores = new Map<string, number>()
  const observe = (indicatorId: string, areaCode: string, value: number, computed: boolean) => {
    observations.push({
      indicatorId,
      areaCode,
      year: IOD2025_YEAR,
      value,
      flag: null,
      sourceId: IOD2025_SOURCE_ID,
      release: IOD2025_RELEASE,
      provenance: computed ? 'computed' : 'published',
    })
  }
  for (const { area, districts } of authorities) {
    const lsoas = lsoasByArea.get(area.code) ?? []
    const idaciShare = shareInDecile1(lsoas.map((l) => l.idaciDecile))
    const single = districts.length === 1 && districts[0]?.code === area.code ? districts[0] : undefined
    if (single) {
      for (const id of DISTRICT_SCORE_IDS) observe(id, area.code, single.scores[id], false)
      observe('imd_most_deprived_10pc', area.code, Number((single.imdProportion10 * 100).toFixed(2)), false)
      observe('imd_district_rank', area.code, single.imdRank, false)
      observe('imd_district_rank_least', area.code, single.imdRank, false)
      // File 10 v1 placed one LSOA (E01027305) in Cherwell: where its IDACI share disagrees with the LSOA deciles
      // under File 1's districts, the count from the deciles is used and marked computed.
      const published = Number((single.idaciProportion10 * 100).toFixed(2))
      observe('idaci_most_deprived_10pc', area.code, idaciShare, published !== idaciShare)
      imdScores.set(area.code, single.scores.imd_score)
      continue
    }
    const weights = (child: boolean) =>
      districts.map((d) => {
        const population = populations.get(d.code)
        if (!population) throw new Error(`no population for district ${d.code}`)
        return { district: d, weight: child ? population.age0to15 : population.allAges }
      })
    for (const id of DISTRICT_SCORE_IDS) {
      const members = weights(id === 'idaci_score').map(({ district, weight }) => ({
        value: district.scores[id],
        weight,
      }))
      observe(id, area.code, weightedAverage(members), true)
    }
    imdScores.set(
      area.code,
      weightedAverage(weights(false).map(({ district, weight }) => ({ value: district.scores.imd_score, weight }))),
    )
    observe('imd_most_deprived_10pc', area.code, shareInDecile1(lsoas.map((l) => l.deciles[0] ?? 0)), true)
    observe('idaci_most_deprived_10pc', area.code, idaciShare, true)
    const ranks = districts.map((d) => d.imdRank)
    observe('imd_district_rank', area.code, Math.min(...ranks), true)
    observe('imd_district_rank_least', area.code, Math.max(...ranks), true)
  }
  for (const [code, rank] of rankDescending(imdScores)) observe('imd_rank', code, rank, true)
  return observations
}
