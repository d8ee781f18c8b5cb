import { describe, expect, it } from 'vitest'
import { AreaRegistry } from '../areas/registry'
import { AREAS, snGrid, snRow, tenOthers } from './fixtures/snGrid'
import { parseSnSheet } from './parse'
import { buildNeighbourList } from './transform'

const areas = new AreaRegistry(AREAS)
const build = (rows: string[][]) => buildNeighbourList(parseSnSheet(snGrid(rows)), areas, 'sn_test.xlsx')

describe('buildNeighbourList', () => {
  it('keys authorities and neighbours by series code, keeping order and bands', () => {
    const neighbours = tenOthers(302)
    neighbours[0] = [301, 'Extremely close']
    const list = build([snRow(302, 'B', neighbours)])
    expect(Object.keys(list)).toEqual(['E09000302'])
    expect(list.E09000302?.[0]).toEqual({ code: 'E09000301', band: 'extremely close' })
    expect(list.E09000302?.[1]).toEqual({ code: 'E09000303', band: 'very close' })
  })

  it('keeps a former authority under its own code, as a key and as a neighbour', () => {
    const list = build([snRow(311, 'Former', tenOthers(311)), snRow(301, 'B', tenOthers(301))])
    expect(Object.keys(list)).toEqual(['E09000301', 'E09000311'])
    expect(list.E09000301?.[9]?.code).toBe('E09000311')
  })

  it('leaves out an authority with no neighbours listed', () => {
    const dashes = Array.from({ length: 10 }, (): [string, string] => ['-', '-'])
    expect(build([snRow(301, 'B', dashes)])).toEqual({})
  })

  it('stops on an unknown neighbour LA number, naming file, row and column', () => {
    const neighbours = tenOthers(301)
    neighbours[1] = [999, 'Close']
    expect(() => build([snRow(301, 'B', neighbours)])).toThrow(
      /sn_test\.xlsx, row 4, column "H": unknown DfE LA number 999/,
    )
  })

  it('stops on an unknown authority row', () => {
    expect(() => build([snRow(998, 'Nowhere', tenOthers(301))])).toThrow(/row 4, column "A": unknown DfE LA number 998/)
  })

  it('stops on an authority listed as its own neighbour', () => {
    const neighbours = tenOthers(301)
    neighbours[4] = [301, 'Close']
    expect(() => build([snRow(301, 'B', neighbours)])).toThrow(
      /row 4, column "N": LA 301 is listed as its own neighbour/,
    )
  })

  it('stops on a repeated neighbour or a repeated authority', () => {
    const neighbours = tenOthers(301)
    neighbours[4] = [302, 'Close']
    expect(() => build([snRow(301, 'B', neighbours)])).toThrow(/same neighbour twice/)
    expect(() => build([snRow(301, 'B', tenOthers(301)), snRow(301, 'B', tenOthers(301))])).toThrow(
      /row 5, column "A": LA 301 listed twice/,
    )
  })
})
