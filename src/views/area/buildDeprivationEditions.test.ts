import { describe, expect, it } from 'vitest'
import type { Series } from '../../schema/series'
import { testSeries } from '../../testing/testSeries'
import { buildDeprivationEditions } from './buildDeprivationEditions'

const YEARS = [2015, 2019, 2025]
const CUMBERLAND = { code: 'E06000063', firstYear: 2024 }
const LANCASHIRE = { code: 'E10000017' }
const BLACKPOOL = { code: 'E06000009' }

function series(values: Record<string, (number | null)[]>, computedIn2025: string[] = []): Series {
  const s = testSeries(YEARS, values)
  if (!computedIn2025.length) return s
  return { ...s, yearProvenance: ['published', 'published', 'computed'], computedAreas: { '2025': computedIn2025 } }
}

const seriesById = new Map<string, Series>([
  [
    'imd_district_rank',
    series({ [CUMBERLAND.code]: [null, null, 95], [LANCASHIRE.code]: [5, 4, 3], [BLACKPOOL.code]: [1, 1, 1] }, [
      LANCASHIRE.code,
    ]),
  ],
  [
    'imd_district_rank_least',
    series({ [CUMBERLAND.code]: [null, null, 95], [LANCASHIRE.code]: [270, 271, 272], [BLACKPOOL.code]: [1, 1, 1] }, [
      LANCASHIRE.code,
    ]),
  ],
  [
    'imd_most_deprived_10pc',
    series(
      {
        [CUMBERLAND.code]: [null, null, 10.17],
        [LANCASHIRE.code]: [15, 14, 14.47],
        [BLACKPOOL.code]: [37.8, 38.3, 40.43],
      },
      [LANCASHIRE.code],
    ),
  ],
  [
    'imd_rank',
    series({ [CUMBERLAND.code]: [null, null, 69], [LANCASHIRE.code]: [50, 60, 71], [BLACKPOOL.code]: [1, 1, 1] }, [
      LANCASHIRE.code,
    ]),
  ],
  [
    'imd_score',
    series(
      {
        [CUMBERLAND.code]: [null, null, 23.807],
        [LANCASHIRE.code]: [22, 23, 23.605],
        [BLACKPOOL.code]: [42, 45, 43.467],
      },
      [LANCASHIRE.code],
    ),
  ],
])

describe('buildDeprivationEditions', () => {
  it('sets IMD 2025 next to IMD 2019, ranks out of 296 and 317 districts', () => {
    const e = buildDeprivationEditions(seriesById, BLACKPOOL)
    expect(e.headers).toEqual([
      'IMD 2025 (2021 neighbourhoods, 2024 districts)',
      'IMD 2019 (2011 neighbourhoods, 2019 districts)',
    ])
    expect(e.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1 of 296', '1 of 317'],
      ['40.4%', '38.3%'],
      ['1 of 3', '1 of 2'],
      ['43.467', '45.000'],
    ])
    expect(e.anyComputed).toBe(false)
  })

  it('gives a county its districts’ range and marks its 2025 figures computed', () => {
    const e = buildDeprivationEditions(seriesById, LANCASHIRE)
    expect(e.rows[0]?.cells).toEqual([
      { text: '3 to 272 of 296', computed: true },
      { text: '4 to 271 of 317', computed: false },
    ])
    expect(e.anyComputed).toBe(true)
  })

  it('says an authority created after IoD2019 did not exist then, never a 0', () => {
    const e = buildDeprivationEditions(seriesById, CUMBERLAND)
    expect(e.rows.map((r) => r.cells[1]?.text)).toEqual(Array(4).fill('– (the authority did not exist then)'))
    expect(e.rows[3]?.cells[0]?.text).toBe('23.807')
  })

  it('names a missing figure of an authority that existed: its flag, else no figure in this edition', () => {
    const flagged = new Map(seriesById)
    flagged.set('imd_score', {
      ...series({ [BLACKPOOL.code]: [42, null, 43.467] }),
      flags: { [BLACKPOOL.code]: [null, 'x', null] },
    })
    flagged.delete('imd_rank')
    const rows = buildDeprivationEditions(flagged, BLACKPOOL).rows
    expect(rows[3]?.cells[1]?.text).toBe('– (not available)')
    expect(rows[2]?.cells[1]?.text).toBe('– (no figure in this edition)')
  })
})
