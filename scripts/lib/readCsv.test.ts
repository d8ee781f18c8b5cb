import { describe, expect, it } from 'vitest'
import { parseCsvText, readCsv, requireColumns } from './readCsv'

describe('parseCsvText', () => {
  it('strips the byte-order mark and keeps every cell as a string', () => {
    const table = parseCsvText('\uFEFFtime_period,old_la_code,At31_episodes\n2022,370,"1,114"\n2022,204,x\n', 'b1.csv')
    expect(table.header).toEqual(['time_period', 'old_la_code', 'At31_episodes'])
    expect(table.rows).toEqual([
      ['2022', '370', '1,114'],
      ['2022', '204', 'x'],
    ])
    expect(table.firstRowNumber).toBe(2)
  })

  it('skips metadata lines before the header and stops at the blank line before footnotes when asked', () => {
    const text = 'Title\nSource\n"Year","2014/15"\n"E06000001","12.5"\n\n"Symbols: .. nil"\n'
    const table = parseCsvText(text, 'dwp.csv', { skipLines: 2, stopAtBlankRow: true })
    expect(table.rows).toEqual([['E06000001', '12.5']])
    expect(table.firstRowNumber).toBe(4)
  })

  it('stops on a truncated row, naming the file and row', () => {
    expect(() => parseCsvText('a,b,c\n1,2,3\n4,5\n', 'cut.csv')).toThrow(
      'cut.csv, row 3: expected 3 cells as in the header, found 2',
    )
  })

  it('stops on an unterminated quote', () => {
    expect(() => parseCsvText('a,b\n1,"2\n', 'quote.csv')).toThrow(/quote\.csv.*not valid CSV/)
  })
})

describe('requireColumns', () => {
  it('finds columns ignoring case and repeated spaces', () => {
    const table = { file: 'imd.csv', header: ['Code', 'IDACI - Proportion  of LSOAs'] }
    expect(requireColumns(table, ['code', 'IDACI - Proportion of LSOAs'])).toEqual({
      code: 0,
      'IDACI - Proportion of LSOAs': 1,
    })
  })

  it('stops on a renamed header, naming the expected column', () => {
    const table = { file: 'c1.csv', header: ['time_period', 'referral_count'] }
    expect(() => requireColumns(table, ['Referrals'])).toThrow(
      'c1.csv, row 1, column "Referrals": expected column "Referrals" is missing',
    )
  })
})

describe('readCsv', () => {
  it('stops on a missing file, naming it', () => {
    expect(() => readCsv('/nonexistent/b1.csv')).toThrow('/nonexistent/b1.csv: file not found or unreadable')
  })
})
