import { describe, expect, it } from 'vitest'
import { snGrid, snRow, tenOthers } from './fixtures/snGrid'
import { parseBand, parseSnSheet } from './parse'

describe('parseSnSheet', () => {
  it('reads each LA row with its ten neighbours closest first and lower-case bands', () => {
    const rows = parseSnSheet(snGrid([snRow(301, 'Borough 301', tenOthers(301, 'Very Close'))]))
    expect(rows).toHaveLength(1)
    expect(rows[0]?.laNumber).toBe(301)
    expect(rows[0]?.row).toBe(4)
    expect(rows[0]?.neighbours.map((n) => n.laNumber)).toEqual([302, 303, 304, 305, 306, 307, 308, 309, 310, 311])
    expect(rows[0]?.neighbours[0]).toEqual({ laNumber: 302, band: 'very close', column: 'F' })
    expect(rows[0]?.neighbours[9]?.column).toBe('X')
  })

  it('skips blank rows and the "Old SNs:" separator and reads the former authorities after it', () => {
    const separator = ['', 'Old SNs:', ...Array<string>(24).fill('')]
    const blank = Array<string>(26).fill('')
    const rows = parseSnSheet(
      snGrid([snRow(301, 'Borough 301', tenOthers(301)), blank, separator, snRow(311, 'Former', tenOthers(311))]),
    )
    expect(rows.map((r) => [r.laNumber, r.row])).toEqual([
      [301, 4],
      [311, 7],
    ])
  })

  it('gives an authority the list predates no neighbours when every SN cell is "-"', () => {
    const dashes = Array.from({ length: 10 }, (): [string, string] => ['-', '-'])
    expect(parseSnSheet(snGrid([snRow(942, 'Cumberland', dashes)]))[0]?.neighbours).toEqual([])
  })

  it('stops on a changed header, naming row 3 and the column', () => {
    const grid = snGrid([])
    grid.rows[2] = grid.rows[2]?.map((h) => (h === 'GOReg' ? 'Region' : h)) ?? []
    expect(() => parseSnSheet(grid)).toThrow(/sn_test\.xlsx, row 3, column "E": expected header "GOReg"/)
  })

  it('stops on a neighbour cell that is not an LA number, naming row and column', () => {
    const neighbours: [number | string, string][] = tenOthers(301)
    neighbours[2] = ['Rotherham', 'Close']
    expect(() => parseSnSheet(snGrid([snRow(301, 'B', neighbours)]))).toThrow(/row 4, column "J"/)
  })

  it('stops on a partly missing list rather than reading fewer neighbours', () => {
    const neighbours: [number | string, string][] = tenOthers(301)
    neighbours[9] = ['-', '-']
    expect(() => parseSnSheet(snGrid([snRow(301, 'B', neighbours)]))).toThrow(/row 4, column "X"/)
  })

  it('stops when the two LA number columns disagree', () => {
    const row = snRow(301, 'B', tenOthers(301))
    row[2] = '302'
    expect(() => parseSnSheet(snGrid([row]))).toThrow(/row 4, column "C"/)
  })
})

describe('parseBand', () => {
  const at = { file: 'f.xlsx', row: 5, column: 'G' }
  it("accepts DfE's five bands in either capitalisation", () => {
    expect(parseBand('Extremely Close', at)).toBe('extremely close')
    expect(parseBand('Somewhat close', at)).toBe('somewhat close')
    expect(parseBand('Not Close', at)).toBe('not close')
  })
  it('rejects anything else, naming the cell', () => {
    expect(() => parseBand('Quite close', at)).toThrow(/f\.xlsx, row 5, column "G": expected a closeness band/)
    expect(() => parseBand('', at)).toThrow(/found ""/)
  })
})
