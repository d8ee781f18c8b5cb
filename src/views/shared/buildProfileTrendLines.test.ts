import { describe, expect, it } from 'vitest'
import type { Area } from '../../schema/areas'
import type { Series } from '../../schema/series'
import { buildProfileTrendLines, describeReorganisation } from './buildProfileTrendLines'

const area = (code: string, name: string, extra: Partial<Area> = {}): Area => ({
  code,
  laNumber: 800,
  name,
  aliases: [],
  region: 'South West',
  regionCode: 'E12000009',
  type: 'unitary',
  status: 'current',
  ...extra,
})
const bcp = area('E06000058', 'Bournemouth, Christchurch and Poole', {
  firstYear: 2020,
  predecessors: ['E06000028', 'E06000029'],
})
const areas = [bcp, area('E06000028', 'Bournemouth', { status: 'former' }), area('E06000029', 'Poole')]
const series: Series = {
  id: 'cla_rate',
  years: [2019, 2020],
  values: { E06000058: [null, 80], E06000028: [70, null], E06000029: [60, 50] },
  flags: { E06000058: ['z', null] },
  england: [65, 67],
  yearSources: ['x', 'x'],
  yearProvenance: ['published', 'published'],
}

describe('buildProfileTrendLines', () => {
  it('draws the area with its reorganisation break, the neighbour mean with counts, then England', () => {
    const lines = buildProfileTrendLines({
      series,
      area: bcp,
      compare: [],
      neighbourCodes: ['E06000028', 'E06000029', 'E99999999'],
      areas,
      yearType: '31 March',
    })
    expect(lines.map((l) => l.role)).toEqual(['area', 'group', 'england'])
    // Before it existed the area has no figure and no flag: nothing is shown for those years.
    expect(lines[0]).toMatchObject({
      values: [null, 80],
      flags: [null, null],
      breakBefore: {
        year: 2020,
        note: 'Created April 2019 from Bournemouth, Poole; first figures for 2020',
      },
    })
    expect(lines[1]?.values).toEqual([65, 50])
    expect(lines[1]?.notes).toEqual(['2 of 3 had data', '1 of 3 had data'])
    expect(lines[2]?.values).toEqual([65, 67])
  })

  it('adds compared areas, not repeating the area itself, and leaves out the neighbour line when there are none', () => {
    const lines = buildProfileTrendLines({
      series,
      area: bcp,
      compare: [bcp, areas[2] as Area],
      neighbourCodes: [],
      areas,
      yearType: '31 March',
    })
    expect(lines.map((l) => l.key)).toEqual(['E06000058', 'E06000029', 'england'])
    expect(lines[1]?.breakBefore).toBeUndefined()
  })

  it('gives an area missing from the series an all-null line rather than failing', () => {
    const lines = buildProfileTrendLines({
      series,
      area: area('E06000001', 'Hartlepool'),
      compare: [],
      neighbourCodes: [],
      areas,
      yearType: '31 March',
    })
    expect(lines[0]?.values).toEqual([null, null])
  })

  it('has no reorganisation note for an authority that always existed', () => {
    expect(describeReorganisation(area('E06000001', 'Hartlepool'), areas)).toBeNull()
  })
})
