import type { Indicator } from '../../../src/schema/indicators'
import type { EtlContext, Observation, SourceOutput } from '../types'
import { POPULATION_SERIES, type ChildPopulation } from './childPopulation'

export const CHILD_POPULATION_INDICATOR: Indicator = {
  id: 'child_population',
  label: 'Children aged 0 to 17 (ONS mid-year estimate DfE used as the denominator)',
  shortLabel: 'Child population 0-17',
  topic: 'population',
  unit: 'count',
  decimals: 0,
  polarity: 'neutral',
  yearType: '31 March',
  source: ['population-0-17', 'cin-pre-2013'],
  definition:
    "ONS mid-year population estimate of children aged 0 to 17 for mid-(N-1), shown against reporting year N (year ending 31 March N): the denominator of DfE's rates per 10,000 children for that year.",
  method:
    "Reporting years 2010-2012: the Mid2009Pop0-17, Mid2010Pop0-17 and Mid2011Pop0-17 columns of DfE's CIN underlying data. 2013-2018: ONS mid-2012 to mid-2017 estimates, pre-Census-2021 series (DfE copy, CIN 2022 release). 2019-2025: ONS mid-2018 to mid-2024 estimates rebased after Census 2021 (DfE copy, CIN 2025 release). The split is the one that reproduces every published CLA rate in DfE's LAIT (2016-2025) and CLA 2025 release. Where the rebased series has no estimate for an authority and year, the pre-Census-2021 estimate for the same mid-year is used instead (and only then): in practice the former Dorset county (E10000009), Bournemouth (E06000028) and Poole (E06000029) in 2019 (mid-2018), which DfE's rebased file marks x.",
  caveats:
    "Series break between 2018 and 2019 (ONS rebased its estimates after Census 2021). Mid-2009 and mid-2011 are rounded to the nearest 100 in the source, so rates recomputed with them can differ by 0.1 from those DfE published. DfE's CLA 2022 release used the older series for 2019-2021; those rates have since been revised. No regional figures for 2010-2012. The 2019 figures for the former Dorset county, Bournemouth and Poole are pre-Census-2021 estimates (the rebased series has none for them), so they are not on the same basis as other authorities' 2019 figures; DfE published its own 2019 rates for them, which are shown as published.",
}

/** child_population observations: one per area and reporting year, the denominator DfE used. */
export function buildChildPopulationObservations(population: ChildPopulation): Observation[] {
  return population.denominators().map((d) => ({
    indicatorId: CHILD_POPULATION_INDICATOR.id,
    areaCode: d.areaCode,
    year: d.reportingYear,
    value: d.value,
    flag: null,
    sourceId: d.sourceId,
    release: POPULATION_SERIES[d.series].release,
    provenance: 'published',
  }))
}

export async function main(ctx: EtlContext): Promise<SourceOutput> {
  // build-data reads the three population series once and shares them with every source that needs them.
  const population = ctx.population
  const observations = buildChildPopulationObservations(population)
  ctx.log(`${observations.length} child population denominators`)
  return { observations, indicators: [CHILD_POPULATION_INDICATOR], files: [], reports: population.reports }
}
