import type { GradientReference } from '../../gradient/types'
import type { Area } from '../../schema/areas'
import type { LsoaProperties } from '../../schema/geo'
import type { CwipGradientFile, LsoaIndexFile, LsoaPopulationFile } from '../../schema/lsoaPopulation'

/**
 * The published data the worker checks and sums the user's file against: the authority's 2011 LSOAs with their
 * IoD2019 deciles (from the neighbourhood map's file) and children, the LSOA index and CWIP's gradient. The 2021
 * path waits for the IoD2025 deciles of 2021 LSOAs.
 */
export function buildReference(
  area: Area,
  areas: readonly Area[],
  lsoaProperties: readonly LsoaProperties[],
  population: LsoaPopulationFile,
  index: LsoaIndexFile,
  cwip: CwipGradientFile,
): GradientReference {
  const decileOf = new Map(lsoaProperties.map((p) => [p.code, p.deciles[0] ?? 0]))
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
    lsoa21: null,
    ratio16to17: population.ratio16to17,
    lsoa11to21: population.lsoa11to21,
    cwip,
  }
}
