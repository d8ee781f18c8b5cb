import { parseNumberCell } from '../../lib/cells'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError, type SourceLocation } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { ENGLAND_CODE, type Observation, type SourceReport } from '../types'
import { CLA_IDS, publishedObservation, type ClaIndicatorId, type Publication } from './observations'

/** One table of a pre-2018 SFR underlying-data release and the column holding the figure. */
interface Pre2018Table {
  file: string
  column: string
  indicatorId: ClaIndicatorId
}

/** One SFR release (2011-2017): its publication date (day approximate) and its three tables. */
export interface Pre2018Release {
  year: number
  release: number
  tables: Pre2018Table[]
}

const DIR = 'cla/pre-2018'

function release(
  year: number,
  releaseDate: number,
  cla: string,
  adm: string,
  startedColumn: string,
  cea: string,
  ceasedColumn: string,
): Pre2018Release {
  return {
    year,
    release: releaseDate,
    tables: [
      { file: `${DIR}/${year}/${cla}`, column: `CLA_Mar${year}`, indicatorId: CLA_IDS.count },
      { file: `${DIR}/${year}/${adm}`, column: startedColumn, indicatorId: CLA_IDS.startsCount },
      { file: `${DIR}/${year}/${cea}`, column: ceasedColumn, indicatorId: CLA_IDS.ceasedCount },
    ],
  }
}

/** The SFR underlying-data files, 2011-2017 (SFR21/2011 … SFR50/2017, published each September or October). */
export const PRE_2018_RELEASES: readonly Pre2018Release[] = [
  release(2011, 20110928, 'SFR21_CLA.csv', 'SFE21_ADM.csv', 'CLA_started2011', 'SFR21_CEA.csv', 'CLA_cease'),
  release(2012, 20120926, 'SFR20_CLA2012.csv', 'SFR20_ADM2012.csv', 'CLA_started2012', 'SFR_CEA2012.csv', 'CLA_cease'),
  release(
    2013,
    20130926,
    'SFR36_CLA2013.csv',
    'SFR36_ADM2013.csv',
    'CLA_started2013',
    'SFR36_CEA2013.csv',
    'CLA_cease',
  ),
  release(
    2014,
    20140930,
    'SFR36_CLA2014.csv',
    'SFR36_ADM2014.csv',
    'CLA_started2014',
    'SFR36_CEA2014.csv',
    'CLA_cease',
  ),
  // SFR34_ADM2015.csv labels its starts column CLA_started2014, but it holds the 2015 figure (England 31,070; the
  // 2014 file has 30,430 for 2014).
  release(
    2015,
    20151001,
    'SFR34_CLA2015.csv',
    'SFR34_ADM2015.csv',
    'CLA_started2014',
    'SFR34_CEA2015.csv',
    'CLA_cease',
  ),
  release(
    2016,
    20160929,
    'SFR41_CLA2016.csv',
    'SFR41_ADM2016.csv',
    'CLA_started2016',
    'SFR41_CEA2016.csv',
    'CLA_cease',
  ),
  release(
    2017,
    20170928,
    'SFR50_CLA2017.csv',
    'SFR50_ADM2017.csv',
    'CLA_started2017',
    'SFR50_CEA2017.csv',
    'CLA_cease2017',
  ),
]

const AUTHORITY_CODE = /^E(06|08|09|10)\d{6}$/
const REGION_CODE = /^E1[23]\d{6}$/
const LONDON = 'E12000007'
/** The `geog_c` letters of Inner London (E13000001) and Outer London (E13000002) among the REGION rows. */
const LONDON_PARTS: Readonly<Record<string, string>> = { H: 'E13000001', I: 'E13000002' }

/**
 * The series code of a row: England by level NATIONAL, regions by `New_geog_code` (Inner and Outer London by
 * `geog_c`), authorities by LA number
 * (`geog_c`). The 2017 files list the Isles of Scilly with an empty `geog_l`; such a row counts as an authority when
 * its `New_geog_code` is an authority code.
 */
function rowAreaCode(
  level: string,
  geogCode: string,
  newCode: string,
  areas: AreaRegistry,
  at: SourceLocation,
): string {
  if (level === 'NATIONAL') {
    if (newCode !== ENGLAND_CODE)
      throw new SourceError(
        { ...at, column: 'New_geog_code' },
        `expected ${ENGLAND_CODE} on the NATIONAL row, found "${newCode}"`,
      )
    return ENGLAND_CODE
  }
  if (level === 'REGION') {
    // Inner and Outer London carry London's code E12000007; their letters tell them apart (H and I).
    const londonPart = LONDON_PARTS[geogCode]
    if (londonPart && newCode === LONDON) return londonPart
    if (!REGION_CODE.test(newCode))
      throw new SourceError({ ...at, column: 'New_geog_code' }, `expected a region code, found "${newCode}"`)
    return newCode
  }
  if (level === 'LA' || (level === '' && AUTHORITY_CODE.test(newCode))) {
    const laNumber = parseNumberCell(geogCode, { ...at, column: 'geog_c' }).value
    if (laNumber === null || !Number.isInteger(laNumber))
      throw new SourceError({ ...at, column: 'geog_c' }, `expected an LA number, found "${geogCode}"`)
    return areas.requireLaNumber(laNumber, { ...at, column: 'geog_c' }).code
  }
  throw new SourceError({ ...at, column: 'geog_l' }, `unexpected geography level "${level}"`)
}

/** One table (at 31 March, started or ceased) of a pre-2018 release (read from table.file) as observations. */
export function parsePre2018Table(
  csv: CsvTable,
  table: Pre2018Table,
  year: number,
  publication: Publication,
  areas: AreaRegistry,
  report: SourceReport,
): Observation[] {
  const path = csv.file
  // requireColumns ignores the trailing spaces some headers carry ("CLA_NetGain ").
  const cols = requireColumns(csv, ['New_geog_code', 'geog_l', 'geog_c'])
  const valueIndex = requireColumns(csv, [table.column])[table.column] ?? -1
  const out: Observation[] = []
  csv.rows.forEach((row, i) => {
    const at = { file: path, row: csv.firstRowNumber + i }
    report.rowsRead++
    const areaCode = rowAreaCode(
      (row[cols.geog_l] ?? '').trim(),
      (row[cols.geog_c] ?? '').trim(),
      (row[cols.New_geog_code] ?? '').trim(),
      areas,
      at,
    )
    const cell = parseNumberCell(row[valueIndex], { ...at, column: table.column })
    report.rowsKept++
    out.push(
      publishedObservation(table.indicatorId, areaCode, year, cell, publication, { ...at, column: table.column }),
    )
  })
  return out
}
