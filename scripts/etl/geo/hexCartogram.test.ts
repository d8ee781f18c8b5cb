import { describe, expect, it } from 'vitest'
import { hexCartogramSchema } from '../../../src/schema/geo'
import {
  abbreviateNames,
  abbreviationCandidates,
  assignMinimumCost,
  layoutHexCartogram,
  projectedCentroid,
  spreadPoints,
  type CartogramSite,
} from './hexCartogram'

/**
 * A synthetic England in miniature: a 4 × 3 block of "counties" one unit apart (each one unit² of land), and a
 * "capital" of five tiny authorities packed around a point inside the block's east side, as London's boroughs are.
 */
function syntheticSites(): CartogramSite[] {
  const sites: CartogramSite[] = []
  for (let y = 0; y < 3; y++)
    for (let x = 0; x < 4; x++) sites.push({ code: `C${x}${y}`, x: x * 10, y: y * 10, area: 100 })
  const capital = [
    [30.2, 10],
    [30.4, 10.1],
    [30.2, 10.3],
    [30, 9.9],
    [30.3, 9.8],
  ] as const
  capital.forEach(([x, y], i) => sites.push({ code: `L${i}`, x, y, area: 0.05 }))
  return sites
}

const cellKey = (c: { col: number; row: number }) => `${c.col} ${c.row}`
/** Centre of a cell in tile widths (odd rows shifted half a tile), as src/map/hexGrid.ts draws it divided by its width. */
const centreOf = ({ col, row }: { col: number; row: number }) => [col + (row % 2) / 2, (row * Math.sqrt(3)) / 2]

describe('layoutHexCartogram', () => {
  it('gives every authority exactly one cell and no two the same cell', () => {
    const sites = syntheticSites()
    const cells = layoutHexCartogram(sites)
    expect(cells.map((c) => c.code).sort()).toEqual(sites.map((s) => s.code).sort())
    expect(new Set(cells.map(cellKey)).size).toBe(sites.length)
    for (const c of cells) {
      expect(Number.isInteger(c.col) && c.col >= 0).toBe(true)
      expect(Number.isInteger(c.row) && c.row >= 0).toBe(true)
    }
  })

  it('is deterministic', () => {
    expect(layoutHexCartogram(syntheticSites())).toEqual(layoutHexCartogram(syntheticSites()))
  })

  it('keeps relative geography: west stays west, north stays north, and the capital stays beside its county', () => {
    const cells = new Map(layoutHexCartogram(syntheticSites()).map((c) => [c.code, centreOf(c)]))
    const at = (code: string) => cells.get(code) ?? [NaN, NaN]
    // Rows count down from the north: y = 20 is the top row of counties.
    for (const y of [0, 1, 2]) expect(at(`C0${y}`)[0]).toBeLessThan(at(`C3${y}`)[0] as number)
    for (const x of [0, 1, 2, 3]) expect(at(`C${x}2`)[1]).toBeLessThan(at(`C${x}0`)[1] as number)
    // Every capital tile lies within the second ring of tiles around the county it sits in, and the county nearest
    // it is in the east half of the block, around the capital's site (never the west half).
    const counties = [...cells.keys()].filter((code) => code.startsWith('C'))
    for (let i = 0; i < 5; i++) {
      const [lx = 0, ly = 0] = at(`L${i}`)
      const distanceTo = (code: string) => Math.hypot(lx - (at(code)[0] as number), ly - (at(code)[1] as number))
      expect(distanceTo('C31')).toBeLessThanOrEqual(Math.sqrt(7) + 0.01)
      const nearest = [...counties].sort((a, b) => distanceTo(a) - distanceTo(b))[0]
      expect(nearest).toMatch(/^C[23]/)
    }
  })

  it('puts a former authority on a successor’s cell or a free one, never a cell of anyone drawn with it', () => {
    const sites = syntheticSites()
    // A former county that two of today's counties replaced, and another former one beside it.
    const formers = [
      { code: 'F1', x: 5, y: 0, area: 200, successors: ['C00', 'C10'] },
      { code: 'F2', x: 25, y: 0, area: 200, successors: ['C20', 'C30'] },
    ]
    const cells = layoutHexCartogram(sites, formers)
    const byCode = new Map(cells.map((c) => [c.code, cellKey(c)]))
    for (const former of formers) {
      const drawnWith = cells.filter((c) => c.code !== former.code && !former.successors.includes(c.code))
      expect(drawnWith.map(cellKey)).not.toContain(byCode.get(former.code))
    }
    // Both lie near their successors: within a tile and a half of one of them.
    for (const former of formers) {
      const [fx = 0, fy = 0] = centreOf(cells.find((c) => c.code === former.code) ?? { col: 0, row: 0 })
      const near = former.successors.map((code) => {
        const [sx = 0, sy = 0] = centreOf(cells.find((c) => c.code === code) ?? { col: 0, row: 0 })
        return Math.hypot(fx - sx, fy - sy)
      })
      expect(Math.min(...near)).toBeLessThanOrEqual(1.5)
    }
  })

  it('gives a former authority a free cell when its successors’ cells are taken by others drawn with it', () => {
    const sites = syntheticSites()
    const formers = [
      { code: 'F1', x: 0, y: 0, area: 50, successors: ['C00'] },
      { code: 'F2', x: 0.1, y: 0, area: 50, successors: ['C00'] },
    ]
    const cells = layoutHexCartogram(sites, formers)
    const f1 = cells.find((c) => c.code === 'F1')
    const f2 = cells.find((c) => c.code === 'F2')
    expect(f1 && cellKey(f1)).toBe(cellKey(cells.find((c) => c.code === 'C00') ?? { col: -1, row: -1 }))
    expect(f2 && cellKey(f2)).not.toBe(f1 && cellKey(f1))
    const others = cells.filter((c) => c.code !== 'F2' && c.code !== 'C00').map(cellKey)
    expect(others).not.toContain(f2 && cellKey(f2))
  })

  it('returns nothing for no authorities', () => {
    expect(layoutHexCartogram([])).toEqual([])
  })
})

describe('spreadPoints', () => {
  it('leaves no two points closer than one unit, even points in the same place', () => {
    const spread = spreadPoints([
      [0, 0],
      [0, 0],
      [0.1, 0],
      [0, 0.1],
    ])
    for (let i = 0; i < spread.length; i++)
      for (let j = i + 1; j < spread.length; j++) {
        const [ax = 0, ay = 0] = spread[i] ?? []
        const [bx = 0, by = 0] = spread[j] ?? []
        expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(0.999)
      }
  })

  it('pulls linked points from far apart to about a unit apart, and leaves unlinked ones apart', () => {
    const spread = spreadPoints(
      [
        [0, 0],
        [5, 0],
        [0, 10],
      ],
      [[0, 1]],
    )
    const [a = [0, 0], b = [0, 0], c = [0, 0]] = spread
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeCloseTo(1, 2)
    expect(Math.hypot(a[0] - c[0], a[1] - c[1])).toBeGreaterThan(9)
  })
})

describe('assignMinimumCost', () => {
  it('finds the cheapest assignment of rows to distinct columns (worked by hand)', () => {
    // Row 0 prefers column 0, but giving it to row 1 (cost 1) and row 0 column 2 totals 1 + 1 + 2 = 4, the least.
    const cost = [
      [1, 9, 1],
      [1, 5, 9],
      [9, 2, 9],
    ]
    const assigned = assignMinimumCost(cost)
    expect(assigned).toEqual([2, 0, 1])
  })

  it('uses some of the columns when there are more columns than rows', () => {
    expect(
      assignMinimumCost([
        [5, 1, 5, 5],
        [5, 1, 5, 0],
      ]),
    ).toEqual([1, 3])
  })

  it('refuses more rows than columns', () => {
    expect(() => assignMinimumCost([[1], [2]])).toThrow(/Cannot assign 2 rows to 1 columns/)
  })
})

describe('projectedCentroid', () => {
  it('weights rings by area and takes holes away', () => {
    // A square 0-2 (Web Mercator is near linear this close to the equator) with its east half cut out as a hole.
    const outer = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]
    const hole = [
      [1, 0],
      [1, 2],
      [2, 2],
      [2, 0],
      [1, 0],
    ]
    const whole = projectedCentroid({ type: 'Polygon', coordinates: [outer] })
    const half = projectedCentroid({ type: 'Polygon', coordinates: [outer, hole] })
    expect(half.area).toBeCloseTo(whole.area / 2, 8)
    expect(half.x).toBeCloseTo(whole.x / 2, 6)
    expect(half.y).toBeCloseTo(whole.y, 6)
  })
})

describe('abbreviations', () => {
  it('uses initials, then the start of the words, skipping minor words and ", City of"', () => {
    expect(abbreviationCandidates('Bath and North East Somerset')[0]).toBe('BNE')
    expect(abbreviationCandidates('Kingston upon Hull, City of')[0]).toBe('KHU')
    expect(abbreviationCandidates('Barking and Dagenham')[0]).toBe('BDA')
    expect(abbreviationCandidates('Bristol, City of')[0]).toBe('BRI')
    expect(abbreviationCandidates('St. Helens')[0]).toBe('SHE')
    expect(abbreviationCandidates('Dorset (county council, to 2019)')[0]).toBe('DOR')
  })

  it('gives every authority a distinct label, today’s authorities choosing first', () => {
    const labels = abbreviateNames([
      { code: 'E10000009', name: 'Dorset (county council, to 2019)', former: true },
      { code: 'E06000059', name: 'Dorset', former: false },
      { code: 'E09000003', name: 'Barnet', former: false },
      { code: 'E08000016', name: 'Barnsley', former: false },
    ])
    expect(labels.get('E06000059')).toBe('DOR')
    expect(labels.get('E09000003')).toBe('BAR')
    expect(labels.get('E08000016')).toBe('BAN')
    expect(labels.get('E10000009')).not.toBe('DOR')
    expect(new Set(labels.values()).size).toBe(4)
  })

  it('hands out first choices before fallbacks, so no fallback takes another authority’s natural label', () => {
    // Greedily, North Tyneside (NTY taken by Newcastle, alphabetically first) would fall back to NTN, the natural
    // label of Ntn, which comes later.
    const labels = abbreviateNames([
      { code: 'N1', name: 'Newcastle upon Tyne', former: false },
      { code: 'N2', name: 'North Tyneside', former: false },
      { code: 'N3', name: 'Nottingham', former: false },
      { code: 'N4', name: 'Ntn', former: false },
    ])
    expect([labels.get('N1'), labels.get('N3'), labels.get('N4')]).toEqual(['NTY', 'NOT', 'NTN'])
    expect(labels.get('N2')).not.toMatch(/^(NTY|NOT|NTN)$/)
  })

  it('stops when no label is left', () => {
    expect(() =>
      abbreviateNames([
        { code: 'A', name: 'Abc', former: false },
        { code: 'B', name: 'Abc', former: false },
      ]),
    ).toThrow(/No three-letter label is left for B Abc/)
  })
})

describe('hexCartogramSchema', () => {
  const tile = (code: string, abbreviation: string, col: number, row: number) => ({
    code,
    name: code,
    abbreviation,
    col,
    row,
  })
  it('accepts a well-formed file', () => {
    expect(() =>
      hexCartogramSchema.parse({ grid: 'hex-odd-r', columns: 2, rows: 1, tiles: [tile('A', 'AAA', 0, 0)] }),
    ).not.toThrow()
  })
  it('rejects a tile outside the grid, a repeated label and a label that is not three capitals', () => {
    expect(() =>
      hexCartogramSchema.parse({ grid: 'hex-odd-r', columns: 1, rows: 1, tiles: [tile('A', 'AAA', 1, 0)] }),
    ).toThrow(/A lies outside the grid/)
    expect(() =>
      hexCartogramSchema.parse({
        grid: 'hex-odd-r',
        columns: 2,
        rows: 1,
        tiles: [tile('A', 'AAA', 0, 0), tile('B', 'AAA', 1, 0)],
      }),
    ).toThrow(/AAA is used twice/)
    expect(() =>
      hexCartogramSchema.parse({ grid: 'hex-odd-r', columns: 1, rows: 1, tiles: [tile('A', 'Ab', 0, 0)] }),
    ).toThrow()
  })
})
