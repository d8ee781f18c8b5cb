import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { errorFrom } from '../testing/errorFrom'
import { joinLsoas, parseFile1, parseFile3, parseLsoaScores } from './lsoaTable'

const FILE1_HEADER = [
  'LSOA code (2021)',
  'LSOA name (2021)',
  'Local Authority District code (2024)',
  'Local Authority District name (2024)',
  'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)',
  'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOA',
]
const FILE3_HEADER = [
  'LSOA code (2021)',
  'Income Deprivation Affecting Children Index (IDACI) Rank (where 1 is most deprived)',
  'Income Deprivation Affecting Children Index (IDACI) Decile (where 1 is most deprived 10% of LSOAs)',
]
const STEMS = ['IMD', 'Income', 'Employment', 'Education', 'Health', 'Crime', 'Housing_and_Services', 'Environment']
const scoresCsv = (rows: string[]) =>
  parseCsvText(
    [['lsoa21_code', ...STEMS.flatMap((s) => [`${s}_score`, `${s}_rank`, `${s}_decile`])].join(','), ...rows].join(
      '\n',
    ),
    'scores.csv',
  )
const scoresRow = (code: string, imdRank: number) =>
  [code, ...STEMS.flatMap((_, i) => ['1.5', String(i === 0 ? imdRank : 7), '3'])].join(',')

const file1 = (rows: string[][]) => ({ file: 'file1.xlsx', sheet: 'IMD25', rows: [FILE1_HEADER, ...rows] })
const file3 = (rows: string[][]) => ({ file: 'file3.xlsx', sheet: 'IDACI', rows: [FILE3_HEADER, ...rows] })
const FILES = { file1: 'file1.xlsx', file3: 'file3.xlsx', scores: 'scores.csv' }

describe('IoD2025 LSOA sources', () => {
  it('joins File 1, File 3 and the scores on the LSOA code', () => {
    const lsoas = joinLsoas(
      parseFile1(file1([['E01011000', 'Barnsley 032C', 'E08000016', 'Barnsley', '120', '1']])),
      parseFile3(file3([['E01011000', '300', '1']])),
      parseLsoaScores(scoresCsv([scoresRow('E01011000', 120)])),
      FILES,
      1,
    )
    expect(lsoas).toEqual([
      {
        code: 'E01011000',
        name: 'Barnsley 032C',
        districtCode: 'E08000016',
        scores: Array(8).fill(1.5),
        ranks: [120, 7, 7, 7, 7, 7, 7, 7],
        deciles: Array(8).fill(3),
        idaciRank: 300,
        idaciDecile: 1,
      },
    ])
  })

  it('stops on a bad district code, naming sheet, row and column', () => {
    const error = errorFrom(() => parseFile1(file1([['E01011000', 'X 001A', 'W06000001', 'Wales', '1', '1']])))
    expect(error.message).toContain('sheet "IMD25"')
    expect(error.location).toMatchObject({ row: 2, column: 'Local Authority District code (2024)' })
  })

  it('stops on a decile outside 1-10 and on a repeated LSOA', () => {
    expect(errorFrom(() => parseFile3(file3([['E01011000', '3', '11']]))).message).toContain('outside 1-10')
    expect(
      errorFrom(() =>
        parseFile3(
          file3([
            ['E01011000', '3', '1'],
            ['E01011000', '4', '1'],
          ]),
        ),
      ).message,
    ).toContain('appears twice')
  })

  it('stops when the sources disagree on the IMD rank or on the LSOAs they hold', () => {
    const one = parseFile1(file1([['E01011000', 'A', 'E08000016', 'Barnsley', '120', '1']]))
    const idaci = parseFile3(file3([['E01011000', '300', '1']]))
    expect(
      errorFrom(() => joinLsoas(one, idaci, parseLsoaScores(scoresCsv([scoresRow('E01011000', 121)])), FILES, 1))
        .message,
    ).toContain('IMD rank 121 here but 120')
    expect(
      errorFrom(() =>
        joinLsoas(
          one,
          parseFile3(file3([['E01011001', '300', '1']])),
          parseLsoaScores(scoresCsv([scoresRow('E01011000', 120)])),
          FILES,
          1,
        ),
      ).location.file,
    ).toBe('file3.xlsx')
    expect(errorFrom(() => joinLsoas(one, idaci, parseLsoaScores(scoresCsv([])), FILES, 2)).message).toContain(
      'expected 2 LSOAs',
    )
  })
})
