import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../lib/readCsv'
import { parseLaitDecimals } from './laitMeasures'

describe('parseLaitDecimals', () => {
  const dictionary = () => readCsv(join(import.meta.dirname, 'fixtures/lait-dictionary-layout.csv'))

  it('uses dps where given and one place for a rate per 10,000 whose dps is NA (multi-line descriptions read fine)', () => {
    expect(parseLaitDecimals(dictionary(), ['CIN', 'CPP_Total_NumRef'])).toEqual(
      new Map([
        ['CIN', 1],
        ['CPP_Total_NumRef', 0],
      ]),
    )
  })

  it('stops on a measure it cannot find or whose precision it cannot tell', () => {
    expect(() => parseLaitDecimals(dictionary(), ['Section_47'])).toThrow(/"Section_47" is not in the dictionary/)
    expect(() => parseLaitDecimals(dictionary(), ['CINSEN_SUP'])).toThrow(/column "dps": cannot tell/)
  })
})
