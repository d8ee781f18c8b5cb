import type { GradientReference } from '../../gradient/types'
import type { Area } from '../../schema/areas'
import type { Lsoa21Properties, LsoaProperties } from '../../schema/geo'
import type { CwipGradientFile, LsoaIndexFile, LsoaPopulationFile } from '../../schema/lsoaPopulation'

/**
 * The published data the worker checks and sums the user's file against: the authority's 2011 LSOAs with their
 * IoD2019 deciles and its 2021 LSOAs with their IoD2025 deciles (both from the neighbourhood map's files), their
 * children, the LSOA index and CWIP's gradient. The children's files place 2021 LSOAs by the ONS best fit, the
 * IoD2025 files by IoD2025's own districts; the one LSOA they disagree on (E01027305) has no decile in the authority
 * the best fit gives it (0: left out of every decile).
 */
export function buildReference(
  area: Area,
  areas: readonly Area[],
  lsoaProperties: readonly LsoaProperties[],
  lsoa21Properties: readonly Lsoa21Properties[],
  population: LsoaPopulationFile,
  index: LsoaIndexFile,
  cwip: CwipGradientFile,
): GradientReference {
  const decileOf = new Map(lsoaProperties.map((p) => [p.code, p.deciles[0] ?? 0]))
  const decile21Of = new Map(lsoa21Properties.map((p) => [p.code, p.deciles[0] ?? 0]))
  return {
    areaCode: area.code,
    areaName: area.name,
    areaNames: Object.fromEntries(areas.map((a) => [a.code, a.name])),
    index,
    lsoa11: {
      codes: population.lsoa11.codes,
      children0to17: population.lsoa11.children0to17,
      deciles: population.lsoa11.codes.map((c) => decileOf.get(c) ?? 0),
    },
    lsoa21: {
      codes: population.lsoa21.codes,
      children0to15: population.lsoa21.children0to15,
      deciles: population.lsoa21.codes.map((c) => decile21Of.get(c) ?? 0),
    },
    ratio16to17: population.ratio16to17,
    lsoa11to21: population.lsoa11to21,
    cwip,
  }
}
