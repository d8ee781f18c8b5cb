import { describe, expect, it } from 'vitest'
import type { Observation } from '../types'
import { pickLatestPublications } from './latestPublication'

const obs = (over: Partial<Observation>): Observation => ({
  indicatorId: 'cla_count',
  areaCode: 'E08000016',
  year: 2021,
  value: 330,
  flag: null,
  sourceId: 'a',
  release: 1,
  provenance: 'published',
  ...over,
})

describe('pickLatestPublications', () => {
  it('keeps, for each indicator, area and year, the observation of the most recent release', () => {
    const older = obs({ value: 330, release: 1 })
    const newer = obs({ value: 329, release: 2, sourceId: 'b' })
    const otherYear = obs({ year: 2022, value: 300 })
    expect(pickLatestPublications([newer, older, otherYear])).toEqual([newer, otherYear])
  })

  it('never lets a blank "-" hide a figure or a more informative flag from an older publication', () => {
    const blank = obs({ value: null, flag: '-', release: 9, sourceId: 'lait' })
    const suppressed = obs({ value: null, flag: 'c', release: 1 })
    expect(pickLatestPublications([suppressed, blank])).toEqual([suppressed])
    expect(pickLatestPublications([blank])).toEqual([blank])
  })

  it('breaks a tie between equal figures of one release by build order: the first wins', () => {
    const first = obs({ sourceId: 'a' })
    const second = obs({ sourceId: 'b' })
    expect(pickLatestPublications([first, second])).toEqual([first])
    expect(pickLatestPublications([second, first])).toEqual([second])
  })

  it('stops on two different figures for one cell from the same release, naming them', () => {
    const london = obs({ areaCode: 'E12000007', year: 2014, value: 10110, sourceId: 'cla-pre-2018', release: 20140930 })
    const outer = { ...london, value: 5740 }
    expect(() => pickLatestPublications([london, outer])).toThrow(
      /publication cla-pre-2018 \(release 20140930\).*cla_count for E12000007 in 2014: 10110 and 5740/,
    )
    expect(() => pickLatestPublications([london, { ...london, value: null, flag: 'c' }])).toThrow(/10110 and flag "c"/)
  })

  it('names both cells when it knows them: two rows of one file, or two files of one release', () => {
    const at = (file: string, row: number) => ({ file, row, column: 'CLA_Mar2014' })
    const london = obs({ areaCode: 'E12000007', year: 2014, value: 10110, release: 20140930, origin: at('a.csv', 9) })
    expect(() => pickLatestPublications([london, { ...london, value: 5740, origin: at('a.csv', 11) }])).toThrow(
      'a.csv, row 11, column "CLA_Mar2014": cla_count for E12000007 in 2014 appears twice in this file with different figures: 10110 at a.csv, row 9, column "CLA_Mar2014", and 5740 here',
    )
    expect(() => pickLatestPublications([london, { ...london, value: 5740, origin: at('b.csv', 3) }])).toThrow(
      /b\.csv, row 3.*10110 at a\.csv, row 9.* and 5740 at b\.csv, row 3/,
    )
  })
})
