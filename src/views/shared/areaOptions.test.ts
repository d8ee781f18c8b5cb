import { describe, expect, it } from 'vitest'
import { testArea } from '../../testing/testAreas'
import { areaOptionGroups } from './areaOptions'

const AREAS = [
  testArea('E10000016', { name: 'Kent', region: 'South East', districts: ['Tunbridge Wells'] }),
  testArea('E06000009', { name: 'Blackpool', region: 'North West' }),
  testArea('E08000016', { name: 'Barnsley', region: 'Yorkshire and The Humber' }),
  testArea('E10000009', { name: 'Dorset (county council, to 2019)', status: 'former', lastYear: 2019 }),
]
const labels = (groups: ReturnType<typeof areaOptionGroups>) =>
  groups.map((g) => [g.label, g.options.map((o) => o.label)])

describe('areaOptionGroups', () => {
  it('lists every authority A to Z when nothing is typed, current before former, under headings', () => {
    expect(labels(areaOptionGroups(' ', AREAS, { browse: true }))).toEqual([
      ['Current authorities', ['Barnsley', 'Blackpool', 'Kent']],
      ['Former authorities', ['Dorset (county council, to 2019)']],
    ])
    expect(areaOptionGroups('', AREAS, { browse: true })[1]?.options[0]?.detail).toBe('London, E10000009 · to 2019')
  })
  it('lists nothing for an empty search box', () => {
    expect(areaOptionGroups('', AREAS, { browse: false })).toEqual([])
  })
  it('finds a misspelt name and says why a district found its county', () => {
    expect(labels(areaOptionGroups('Barnsly', AREAS, { browse: true }))).toEqual([[null, ['Barnsley']]])
    const [kent] = areaOptionGroups('Tunbridge Wells', AREAS, { browse: true })[0]?.options ?? []
    expect(kent?.label).toBe('Kent')
    expect(kent?.detail).toBe('South East, E10000016 · Tunbridge Wells is a district in Kent')
  })
  it('marks the chosen authority', () => {
    const options = areaOptionGroups('', AREAS, { browse: true, chosen: 'E06000009' }).flatMap((g) => g.options)
    expect(options.filter((o) => o.chosen).map((o) => o.label)).toEqual(['Blackpool'])
  })
  it('offers nothing when nothing matches', () => {
    expect(areaOptionGroups('zzzz', AREAS, { browse: true })).toEqual([])
  })
})
