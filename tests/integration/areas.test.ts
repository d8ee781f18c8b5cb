import { describe, expect, it } from 'vitest'
import { buildAreas } from '../../scripts/etl/areas/run'
import { compareNames } from '../../src/model/compareNames'
import { RAW_DIR } from './rawBundle'

describe('areas.json over the raw bundle: districts for search', () => {
  const { areas } = buildAreas(RAW_DIR)
  const byName = (name: string) => areas.find((a) => a.name === name)

  it('lists the districts of a county and those abolished since 2021 under the authority that took them', () => {
    expect(byName('Kent')?.districts).toContain('Tunbridge Wells')
    expect(byName('Kent')?.districts).toHaveLength(12)
    // Harrogate was a North Yorkshire district until April 2023 (the April 2021 lookup, under E10000023).
    expect(byName('North Yorkshire')?.districts).toContain('Harrogate')
    // Carlisle went with Cumbria, which the profile says is now Cumberland and Westmorland and Furness.
    expect(byName('Cumbria')?.districts).toContain('Carlisle')
  })

  it('gives a unitary, a metropolitan district or a London borough no districts', () => {
    for (const name of ['Barnsley', 'Blackpool', 'Camden']) expect(byName(name)?.districts, name).toBeUndefined()
  })
})

describe('authority names in alphabetical order', () => {
  it('the app orders every authority and district name exactly as British English collation does', () => {
    const { areas } = buildAreas(RAW_DIR)
    const names = [...new Set(areas.flatMap((a) => [a.name, ...(a.districts ?? [])]))]
    expect(names.length).toBeGreaterThan(300)
    expect([...names].sort(compareNames)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')))
  })
})
