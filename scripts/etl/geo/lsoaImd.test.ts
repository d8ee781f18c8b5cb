import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsvText } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import { FIXTURE_RAW_DIR } from './fixtures/areas'
import { parseLsoaImd } from './lsoaImd'

const TEXT = readFileSync(join(FIXTURE_RAW_DIR, 'imd/humaniverse-csv/imd2019_england_lsoa11.csv'), 'utf8')
const parse = (text: string) => parseLsoaImd(parseCsvText(text, 'imd.csv'))

describe('parseLsoaImd', () => {
  it('reads ranks and deciles in LSOA_DOMAINS order (imd, income, …, housing, environment)', () => {
    const imd = parse(TEXT)
    expect(imd.size).toBe(3)
    expect(imd.get('E01013500')).toEqual({
      ranks: [1200, 1500, 3400, 2100, 900, 6000, 15000, 12000],
      deciles: [1, 1, 2, 1, 1, 2, 5, 4],
    })
  })

  it('stops on a decile outside 1-10, naming row and column', () => {
    const text = TEXT.replace('"E01019400",6,', '"E01019400",11,')
    expect(() => parse(text)).toThrow(/imd\.csv, row 3, column "IMD_decile".*outside 1-10/)
  })

  it('stops on a rank above 32,844', () => {
    const text = TEXT.replace(',1200,', ',40000,')
    expect(() => parse(text)).toThrow(/column "IMD_rank"/)
  })

  it('stops on a blank (suppressed or missing) cell rather than reading it as 0', () => {
    const text = TEXT.replace(',1200,', ',,')
    expect(() => parse(text)).toThrow(SourceError)
  })

  it('stops on an LSOA listed twice', () => {
    const text = TEXT
    const lines = text.trim().split('\n')
    expect(() => parse([...lines, lines[1]].join('\n'))).toThrow(/appears twice/)
  })

  it('stops when a domain column is missing', () => {
    const text = TEXT.replace('"Crime_rank"', '"Crime_rnk"')
    expect(() => parse(text)).toThrow(/Crime_rank/)
  })
})
