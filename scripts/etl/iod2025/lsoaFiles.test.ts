import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { errorFrom } from '../testing/errorFrom'
import { parseWardNames, wardLabel } from './lsoaFiles'

// The header and two rows in the form of the ONS LSOA 2021 → ward 2024 → district 2024 best-fit lookup.
const HEADER = '"lsoa21_name","lsoa21_code","ward24_name","ward24_code","ltla24_name","ltla24_code"'
const lookup = (...rows: string[]) => parseCsvText([HEADER, ...rows].join('\n'), 'wards.csv')

describe('ward names for 2021 neighbourhoods', () => {
  const wards = parseWardNames(
    lookup(
      '"Barnsley 032C","E01007461","Dearne South","E05000993","Barnsley","E08000016"',
      '"West Northamptonshire 048E","E01027305","Cropredy, Sibfords and Wroxton","E05010929","Cherwell","E07000177"',
      '"Cardiff 001A","W01001701","Lisvane","W05000867","Cardiff","W06000015"',
    ),
  )

  it('reads each English LSOA’s ward and the district the lookup puts it in', () => {
    expect([...wards.keys()]).toEqual(['E01007461', 'E01027305'])
    expect(wards.get('E01007461')).toEqual({
      ward: 'Dearne South',
      districtCode: 'E08000016',
      districtName: 'Barnsley',
    })
  })

  it('names a ward with its district when the lookup places it outside the LSOA’s IoD2025 district', () => {
    const barnsley = wards.get('E01007461')
    const cherwell = wards.get('E01027305')
    if (!barnsley || !cherwell) throw new Error('missing wards')
    expect(wardLabel({ districtCode: 'E08000016' }, barnsley)).toBe('Dearne South')
    // IoD2025 File 1 puts E01027305 in West Northamptonshire (E06000062).
    expect(wardLabel({ districtCode: 'E06000062' }, cherwell)).toBe('Cropredy, Sibfords and Wroxton (Cherwell)')
  })

  it('stops on a repeated LSOA or a missing ward, naming the row and column', () => {
    const repeated = lookup(
      '"Barnsley 032C","E01007461","Dearne South","E05000993","Barnsley","E08000016"',
      '"Barnsley 032C","E01007461","Dearne North","E05000992","Barnsley","E08000016"',
    )
    expect(errorFrom(() => parseWardNames(repeated)).message).toBe(
      'wards.csv, row 3, column "lsoa21_code": LSOA E01007461 appears twice',
    )
    const blank = lookup('"Barnsley 032C","E01007461","","E05000993","Barnsley","E08000016"')
    expect(errorFrom(() => parseWardNames(blank)).message).toBe(
      'wards.csv, row 2, column "ward24_name": LSOA E01007461 has no ward name',
    )
  })
})
