import { join } from 'node:path'
import { lsoaIndexFileSchema, lsoaPopulationFileSchema } from '../../../src/schema/lsoaPopulation'
import { readLargeCsv } from './readLargeCsv'
import { buildLadToCurrentUtla, parseUtlaLookup } from '../geo/ladToUtla'
import { readCsv } from '../../lib/readCsv'
import { emptyReport, type EtlContext, type SourceOutput } from '../types'
import { buildLsoaPopulation } from './build'
import { parseCensus21Children, parseLsoa11Children, parseLsoaLookup } from './parse'

export const LSOA_POPULATION_FILES = {
  lsoa11: 'population/lsoa11/lsoa11_mid2020_children_0_17_syoa_EW.csv',
  census21: 'population/census2021-lsoa21/lsoa21_census2021_age6_EW.csv',
  lookup: 'lookups/lsoa11_lsoa21_lad22_lookup.csv',
  utlaLookup: 'lookups/ltla-utla-lookup.csv',
} as const

/**
 * The one 2011 LSOA whose authority differs between the 2013 districts the app's 2011 neighbourhood maps are drawn on
 * (lsoa/<code>.json) and the 2022 districts of the ONS lookup: a Gateshead/Northumberland boundary change. The 2011
 * populations follow the maps, so every mapped neighbourhood has its denominator.
 */
export const LSOA11_AREA_OVERRIDES: Readonly<Record<string, string>> = { E01008187: 'E08000037' }

/**
 * lsoa-population/<areaCode>.json for every current authority (child populations of its 2011 and 2021 LSOAs and the
 * 2011 → 2021 shares) and lsoa-population/index.json (which authority each LSOA lies in), for the /gradient page.
 */
export async function main({ rawDir, areas, log }: EtlContext): Promise<SourceOutput> {
  const report = emptyReport('lsoa-population')
  const lookup = parseLsoaLookup(readLargeCsv(join(rawDir, LSOA_POPULATION_FILES.lookup)))
  const lsoa11Children = parseLsoa11Children(readLargeCsv(join(rawDir, LSOA_POPULATION_FILES.lsoa11)))
  const census21Children = parseCensus21Children(readLargeCsv(join(rawDir, LSOA_POPULATION_FILES.census21)))
  // LSOAs nest in districts; the 2022 districts are the 2021 ones, which the April 2021 lookup places in authorities.
  const ladCodes = [...new Set(lookup.map((r) => r.ladCode))].sort()
  const ladToArea = buildLadToCurrentUtla(
    ladCodes,
    parseUtlaLookup(readCsv(join(rawDir, LSOA_POPULATION_FILES.utlaLookup))),
    areas,
    {
      lookup: LSOA_POPULATION_FILES.utlaLookup,
      boundaries: LSOA_POPULATION_FILES.lookup,
    },
  )
  const { byArea, index } = buildLsoaPopulation({
    lookup,
    ladToArea,
    lsoa11Children,
    census21Children,
    lsoa11Overrides: LSOA11_AREA_OVERRIDES,
    files: LSOA_POPULATION_FILES,
  })
  report.rowsRead = lookup.length
  report.rowsKept = lookup.length
  report.notes.push(
    `${lsoa11Children.size} LSOAs (2011) and ${census21Children.size} LSOAs (2021) in ${byArea.length} authorities`,
  )
  log(`${byArea.length} authority files`)
  return {
    observations: [],
    indicators: [],
    reports: [report],
    files: [
      { path: 'lsoa-population/index.json', data: lsoaIndexFileSchema.parse(index) },
      ...byArea.map((file) => ({
        path: `lsoa-population/${file.areaCode}.json`,
        data: lsoaPopulationFileSchema.parse(file),
      })),
    ],
  }
}
