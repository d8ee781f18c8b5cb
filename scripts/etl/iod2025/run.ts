import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readCsv } from '../../lib/readCsv'
import { readText } from '../../lib/readText'
import { readSheet } from '../../lib/readWorkbook'
import { SourceError } from '../../lib/sourceError'
import { buildNeighbourhoodFiles } from '../neighbourhoodVariables/build'
import { neighbourhoodVariableSpecs } from '../neighbourhoodVariables/catalogue'
import { NEIGHBOURHOOD_SOURCE_ID } from '../neighbourhoodVariables/files'
import { readNeighbourhoodSources } from '../neighbourhoodVariables/readSources'
import { emptyReport, type EtlContext, type ExtraFile, type SourceOutput } from '../types'
import { districtsToAuthorities, parseDistrictPopulations } from './authorities'
import { parseDistrictSummaries, parseIdaciSummaries, type DistrictSummary2025 } from './districtSummary'
import { IOD2025_FILES, IOD2025_GEO_SOURCE_ID, IOD2025_SOURCE_ID } from './files'
import {
  buildLsoa21File,
  countLsoa21Deciles,
  LSOA21_SIMPLIFICATION,
  lsoa21Properties,
  parseWardNames,
  wardLabel,
  parseLsoa21Boundaries,
} from './lsoaFiles'
import { joinLsoas, parseFile1, parseFile3, parseLsoaScores, type Lsoa2025 } from './lsoaTable'
import { buildIod2025Observations } from './observations'

/**
 * IoD2025 (2021 LSOAs, 2024 districts): the authority figures at year 2025 of the IMD series, the per-authority
 * neighbourhood files lsoa/2021/<code>.json and deprivation/lsoa21_deciles.json, and the neighbourhood variables for
 * /neighbourhoods (neighbourhoods/*, placed in authorities by the same File 1 districts).
 */
export async function main({ rawDir, areas, log }: EtlContext): Promise<SourceOutput> {
  const path = (file: string) => join(rawDir, file)
  const report = emptyReport(IOD2025_SOURCE_ID)
  const geoReport = emptyReport(IOD2025_GEO_SOURCE_ID)

  const lsoas = joinLsoas(
    parseFile1(readSheet(path(IOD2025_FILES.file1), 'IMD25')),
    parseFile3(readSheet(path(IOD2025_FILES.file3), 1)),
    parseLsoaScores(readCsv(path(IOD2025_FILES.lsoaScores))),
    { file1: IOD2025_FILES.file1, file3: IOD2025_FILES.file3, scores: IOD2025_FILES.lsoaScores },
  )
  report.rowsRead += lsoas.length
  const idaci = parseIdaciSummaries(readCsv(path(IOD2025_FILES.districtsIdaci)))
  const districts = parseDistrictSummaries(readCsv(path(IOD2025_FILES.districts)), idaci, IOD2025_FILES.districtsIdaci)
  report.rowsRead += districts.length
  const districtCodes = districts.map((d) => d.code)
  const authorityOf = districtsToAuthorities(readCsv(path(IOD2025_FILES.districtLookup)), districtCodes, areas)
  const populations = parseDistrictPopulations(readCsv(path(IOD2025_FILES.population)), districtCodes)

  const lsoasByArea = new Map<string, Lsoa2025[]>()
  for (const lsoa of lsoas) {
    const area = authorityOf.get(lsoa.districtCode)
    if (!area)
      throw new SourceError(
        { file: IOD2025_FILES.file1, column: 'Local Authority District code (2024)' },
        `LSOA ${lsoa.code} is in district ${lsoa.districtCode}, which has no summary in ${IOD2025_FILES.districts}`,
      )
    lsoasByArea.set(area, [...(lsoasByArea.get(area) ?? []), lsoa])
  }
  const districtsByArea = new Map<string, DistrictSummary2025[]>()
  for (const d of districts) {
    const area = authorityOf.get(d.code) ?? ''
    districtsByArea.set(area, [...(districtsByArea.get(area) ?? []), d])
  }
  const current = [...areas.current].sort((a, b) => a.code.localeCompare(b.code))
  const observations = buildIod2025Observations({
    authorities: current.map((area) => ({ area, districts: districtsByArea.get(area.code) ?? [] })),
    populations,
    lsoasByArea,
  })
  report.rowsKept = lsoas.length + districts.length
  const counties = current.filter((a) => (districtsByArea.get(a.code) ?? []).some((d) => d.code !== a.code))
  report.notes.push(
    `IoD2025: ${lsoas.length} LSOAs in ${districts.length} districts, placed in ${current.length} current authorities; ` +
      `${current.length - counties.length} take the published district figures, ${counties.length} counties computed ` +
      `(scores weighted by ONS mid-2024 population)`,
  )

  const wards = parseWardNames(readCsv(path(IOD2025_FILES.wards)))
  const boundariesPath = path(IOD2025_FILES.boundaries)
  const england = parseLsoa21Boundaries(readText(boundariesPath), boundariesPath, LSOA21_SIMPLIFICATION.minAreaM2)
  const byCode = new Map((england.objects.lsoa?.geometries ?? []).map((g) => [g.properties.code, g]))
  geoReport.rowsRead = byCode.size
  const files: ExtraFile[] = []
  let largest = { code: '', bytes: 0 }
  for (const area of current) {
    const properties = (lsoasByArea.get(area.code) ?? [])
      .map((lsoa) => {
        const ward = wards.get(lsoa.code)
        if (!ward)
          throw new SourceError({ file: IOD2025_FILES.wards, column: 'lsoa21_code' }, `LSOA ${lsoa.code} has no ward`)
        return lsoa21Properties(lsoa, wardLabel(lsoa, ward))
      })
      .sort((a, b) => a.code.localeCompare(b.code))
    const file = buildLsoa21File(
      area.code,
      properties,
      england,
      byCode,
      IOD2025_FILES.boundaries,
      LSOA21_SIMPLIFICATION.gridSize,
    )
    const bytes = gzipSync(JSON.stringify(file)).length
    if (bytes > largest.bytes) largest = { code: area.code, bytes }
    files.push({ path: `lsoa/2021/${area.code}.json`, data: file })
    geoReport.rowsKept += properties.length
  }
  files.push({ path: 'deprivation/lsoa21_deciles.json', data: countLsoa21Deciles(lsoasByArea) })
  geoReport.notes.push(
    `${geoReport.rowsKept} LSOA 2021 polygons in ${current.length} authority files; largest lsoa/2021/${largest.code}.json ${(largest.bytes / 1024).toFixed(0)} KB gzipped`,
  )
  const variablesReport = emptyReport(NEIGHBOURHOOD_SOURCE_ID)
  const { leftOut2019, ...neighbourhoodSources } = readNeighbourhoodSources(rawDir)
  const specs = neighbourhoodVariableSpecs()
  const variableFiles = buildNeighbourhoodFiles({ lsoasByArea, ...neighbourhoodSources }, specs)
  variablesReport.rowsRead = variablesReport.rowsKept = lsoas.length
  variablesReport.notes.push(
    `${specs.length} neighbourhood variables for ${lsoas.length} LSOAs; IoD2019 figures carried to 2021 LSOAs except ` +
      `${leftOut2019.merged} merged from several 2011 LSOAs and ${leftOut2019.irregular} redrawn irregularly`,
  )
  files.push(...variableFiles)
  log(`${observations.length} observations, ${files.length} files`)
  return { observations, indicators: [], files, reports: [report, geoReport, variablesReport] }
}
