import { join } from 'node:path'
import { LSOA21_COUNT } from '../../../src/schema/geo'
import { readCsv } from '../../lib/readCsv'
import { INDICATOR_COLUMNS } from './catalogue'
import { NEIGHBOURHOOD_FILES as FILES } from './files'
import { parseLsoa2011Parents } from './lsoa2011To2021'
import { parseLsoaColumns, parseRuralUrban } from './parseColumns'
import type { NeighbourhoodInputs } from './build'

const LSOA19_COUNT = 32_844
const SUB_2025 = [
  'children_and_young_people',
  'adult_skills',
  'geographical_barriers',
  'wider_barriers',
  'indoors',
  'outdoors',
]
const SUB_2019 = [
  'Children_and_young_people',
  'Adult_skills',
  'Geographical_barriers',
  'Wider_barriers',
  'Indoors',
  'Outdoors',
]
const DOMAINS_2019 = [
  'IMD',
  'Income',
  'Employment',
  'Education',
  'Health',
  'Crime',
  'Housing_and_Access',
  'Environment',
]

const rankAndDecile = (stem: string, count: number) => [
  { name: `${stem}_rank`, integer: true, min: 1, max: count },
  { name: `${stem}_decile`, integer: true, min: 1, max: 10 },
]

/** Reads and parses every raw file the neighbourhood variables need besides IoD2025 Files 1, 3 and 5. */
export function readNeighbourhoodSources(
  rawDir: string,
): Omit<NeighbourhoodInputs, 'lsoasByArea'> & { leftOut2019: { merged: number; irregular: number } } {
  const read = (file: string) => readCsv(join(rawDir, file))
  const lookup = parseLsoa2011Parents(read(FILES.lsoa11To21))
  return {
    subdomains2025: parseLsoaColumns(read(FILES.subdomains2025), 'lsoa21_code', [
      ...SUB_2025.flatMap((s) => [{ name: `${s}_score` }, ...rankAndDecile(s, LSOA21_COUNT)]),
    ]),
    indicators2025: parseLsoaColumns(read(FILES.indicators2025), 'lsoa21_code', INDICATOR_COLUMNS),
    census2021: parseLsoaColumns(read(FILES.census2021), 'lsoa21_code', [
      { name: 'age_0_15', integer: true, min: 0 },
      { name: 'total_usual_residents', integer: true, min: 1 },
    ]),
    domains2019: parseLsoaColumns(
      read(FILES.domains2019),
      'lsoa11_code',
      DOMAINS_2019.flatMap((s) => rankAndDecile(s, LSOA19_COUNT)),
    ),
    subdomains2019: parseLsoaColumns(
      read(FILES.subdomains2019),
      'lsoa11_code',
      SUB_2019.flatMap((s) => rankAndDecile(s, LSOA19_COUNT)),
    ),
    parentOf: lookup.parentOf,
    leftOut2019: lookup.leftOut,
    ruralUrban: parseRuralUrban(read(FILES.ruralUrban)),
  }
}
