import type { MultiPolygon, Polygon, Position } from 'geojson'
import { feature, neighbors } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { HexCartogram, HexCartogramTile } from '../../../src/schema/geo'
import type { UtlaProperties } from './mergeUtla'
import { mercator } from './svgMap'

/**
 * The hex cartogram (geo/hex-cartogram.json): every upper-tier authority as one hexagon of the same size, so London
 * boroughs and small unitaries are as visible as the shire counties, placed to keep England's shape and each
 * authority near its neighbours. Built once here, in four deterministic steps:
 *
 * 1. Each authority's centroid (area-weighted, Web Mercator as the maps are drawn) is scaled so that England's land
 *    area equals as many tiles as there are current authorities (equal area on average).
 * 2. Points closer than a tile's width are pushed apart while authorities sharing a boundary are pulled to within a
 *    tile of each other, pair by pair in a fixed order, for a fixed number of rounds: London's 33 tightly packed
 *    centroids spread into a block of tiles and push the home counties outwards, and the far-apart centroids of large
 *    counties close up, so the tiles stay contiguous.
 * 3. The spread points are assigned to cells of a pointy-topped hex grid (src/map/hexGrid.ts) by the assignment that
 *    minimises the total squared distance (the Hungarian method), so no two authorities share a cell.
 * 4. A former authority (Cumbria, Northamptonshire, Bournemouth, Poole, Dorset county) is never drawn together with its
 *    successors, so it takes the nearest cell that no authority drawn with it holds, often a successor's.
 */

/** An authority's centroid and land area, in projected units (x eastwards, y northwards), and who borders it. */
export interface CartogramSite {
  code: string
  x: number
  y: number
  area: number
  /** Codes of the authorities sharing a boundary with it. */
  neighbours?: readonly string[]
}

/** A former authority: its own site and the current authorities that replaced it. */
export interface FormerSite extends CartogramSite {
  successors: readonly string[]
}

export interface CellAssignment {
  code: string
  col: number
  row: number
}

/** Rounds of pulling neighbours together and pushing overlapping points apart; the layout settles well within this. */
const SPREAD_ROUNDS = 800
/** The share of the gap beyond one tile that a round closes between two bordering authorities. */
const LINK_PULL = 0.2
const ROW_HEIGHT = Math.sqrt(3) / 2
/** How far (in tiles) beyond the spread points the grid offers cells. */
const GRID_MARGIN = 2

/** The area-weighted centroid and area of a (multi)polygon's projected rings; holes count negatively. */
export function projectedCentroid(geometry: Polygon | MultiPolygon): { x: number; y: number; area: number } {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let [sumArea, sumX, sumY] = [0, 0, 0]
  for (const rings of polygons)
    rings.forEach((ring: Position[], index) => {
      const points = ring.map(mercator)
      let [a, cx, cy] = [0, 0, 0]
      for (let i = 0; i < points.length; i++) {
        const [x0, y0] = points[i] ?? [0, 0]
        const [x1, y1] = points[(i + 1) % points.length] ?? [0, 0]
        const cross = x0 * y1 - x1 * y0
        a += cross / 2
        cx += ((x0 + x1) * cross) / 6
        cy += ((y0 + y1) * cross) / 6
      }
      if (a === 0) return
      // Whatever the winding, an outer ring adds its area and a hole (any later ring) takes its area away.
      const sign = (index === 0 ? 1 : -1) * Math.sign(a)
      sumArea += sign * a
      sumX += sign * cx
      sumY += sign * cy
    })
  if (sumArea <= 0) throw new Error('A polygon with no area has no centroid')
  return { x: sumX / sumArea, y: sumY / sumArea, area: sumArea }
}

/** Minimum-cost assignment of each row to a distinct column (rows ≤ columns): the Hungarian method with potentials. */
export function assignMinimumCost(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length
  const m = cost[0]?.length ?? 0
  if (n > m) throw new Error(`Cannot assign ${n} rows to ${m} columns`)
  const u = new Array<number>(n + 1).fill(0)
  const v = new Array<number>(m + 1).fill(0)
  const rowOf = new Array<number>(m + 1).fill(0)
  const way = new Array<number>(m + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i
    let j0 = 0
    const minv = new Array<number>(m + 1).fill(Infinity)
    const used = new Array<boolean>(m + 1).fill(false)
    do {
      used[j0] = true
      const i0 = rowOf[j0] as number
      let delta = Infinity
      let j1 = 0
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue
        const reduced = (cost[i0 - 1]?.[j - 1] as number) - (u[i0] as number) - (v[j] as number)
        if (reduced < (minv[j] as number)) {
          minv[j] = reduced
          way[j] = j0
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number
          j1 = j
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOf[j] as number] = (u[rowOf[j] as number] as number) + delta
          v[j] = (v[j] as number) - delta
        } else minv[j] = (minv[j] as number) - delta
      }
      j0 = j1
    } while (rowOf[j0] !== 0)
    do {
      const j1 = way[j0] as number
      rowOf[j0] = rowOf[j1] as number
      j0 = j1
    } while (j0 !== 0)
  }
  const assigned = new Array<number>(n).fill(-1)
  for (let j = 1; j <= m; j++) if (rowOf[j]) assigned[(rowOf[j] as number) - 1] = j - 1
  return assigned
}

/**
 * Spreads points so that none lie closer than one unit while bordering ones stay close: each round pulls every linked
 * pair further apart than one unit a little towards each other, then pushes every pair closer than one unit apart,
 * both pair by pair in input order (so the result is deterministic).
 */
export function spreadPoints(
  points: readonly (readonly [number, number])[],
  links: readonly (readonly [number, number])[] = [],
): [number, number][] {
  const p = points.map(([x, y]) => [x, y] as [number, number])
  const move = (a: [number, number], b: [number, number], dx: number, dy: number, d: number, by: number) => {
    a[0] -= (dx / d) * by
    a[1] -= (dy / d) * by
    b[0] += (dx / d) * by
    b[1] += (dy / d) * by
  }
  for (let round = 0; round < SPREAD_ROUNDS; round++) {
    for (const [i, j] of links) {
      const a = p[i] as [number, number]
      const b = p[j] as [number, number]
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]]
      const d = Math.hypot(dx, dy)
      if (d > 1) move(a, b, dx, dy, d, -((d - 1) / 2) * LINK_PULL)
    }
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++) {
        const a = p[i] as [number, number]
        const b = p[j] as [number, number]
        let [dx, dy] = [b[0] - a[0], b[1] - a[1]]
        let d = Math.hypot(dx, dy)
        if (d >= 1) continue
        if (d < 1e-9) {
          // Two points in the same place part along a direction fixed by their order (the golden angle).
          ;[dx, dy, d] = [Math.cos(j * 2.399963), Math.sin(j * 2.399963), 1]
        }
        move(a, b, dx, dy, d, (1 - Math.hypot(b[0] - a[0], b[1] - a[1])) / 2 + 1e-6)
      }
  }
  return p
}

const cellCentre = (col: number, row: number): [number, number] => [
  col + (Math.abs(row) % 2 === 1 ? 0.5 : 0),
  row * ROW_HEIGHT,
]
const squaredDistance = (a: readonly [number, number], b: readonly [number, number]) =>
  (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2

/**
 * Assigns every current site to its own hex cell (steps 1-3 above) and every former site to the nearest cell that no
 * authority drawn with it holds (step 4). Rows count down from the north; columns and rows start at 0 (rows shifted
 * by an even number, so the odd rows stay the shifted ones). Deterministic: the same sites in the same order give the
 * same cells.
 */
export function layoutHexCartogram(current: readonly CartogramSite[], formers: readonly FormerSite[] = []) {
  if (current.length === 0) return []
  const land = current.reduce((sum, s) => sum + s.area, 0)
  // One tile (√3/2 square units for a unit-wide hexagon) per authority, on average.
  const scale = Math.sqrt((current.length * ROW_HEIGHT) / land)
  const scaled = current.map((s) => [s.x * scale, -s.y * scale] as [number, number])
  const index = new Map(current.map((s, i) => [s.code, i]))
  const links = current.flatMap((s, i) => {
    const bordering = (s.neighbours ?? []).flatMap((code) => {
      const j = index.get(code)
      return j !== undefined && j !== i ? [j] : []
    })
    // An island borders no one: it is tied to the authority with the nearest centroid, so it stays offshore of it.
    if (bordering.length === 0) return [[i, nearestSite(current, i)] as const]
    return bordering.filter((j) => j > i).map((j) => [i, j] as const)
  })
  const spread = spreadPoints(scaled, links)

  const xs = spread.map((p) => p[0])
  const ys = spread.map((p) => p[1])
  const rows = [
    Math.floor(Math.min(...ys) / ROW_HEIGHT) - GRID_MARGIN,
    Math.ceil(Math.max(...ys) / ROW_HEIGHT) + GRID_MARGIN,
  ]
  const cols = [Math.floor(Math.min(...xs)) - GRID_MARGIN, Math.ceil(Math.max(...xs)) + GRID_MARGIN]
  const cells: [number, number][] = []
  for (let row = rows[0] as number; row <= (rows[1] as number); row++)
    for (let col = cols[0] as number; col <= (cols[1] as number); col++) cells.push([col, row])
  const cost = spread.map((p) => cells.map(([col, row]) => squaredDistance(p, cellCentre(col, row))))
  const chosen = assignMinimumCost(cost)
  const placed: CellAssignment[] = current.map((s, i) => {
    const [col, row] = cells[chosen[i] as number] as [number, number]
    return { code: s.code, col, row }
  })

  // A former authority moves with its successors (their mean displacement in step 2) and takes the nearest cell not
  // held by an authority it could be drawn with: anyone but its own successors.
  for (const former of formers) {
    const moves = former.successors.flatMap((code) => {
      const i = index.get(code)
      if (i === undefined) return []
      const [sx, sy] = spread[i] as [number, number]
      const [ox, oy] = scaled[i] as [number, number]
      return [[sx - ox, sy - oy] as const]
    })
    const shift = moves.length
      ? [moves.reduce((s, m) => s + m[0], 0) / moves.length, moves.reduce((s, m) => s + m[1], 0) / moves.length]
      : [0, 0]
    const at: [number, number] = [former.x * scale + (shift[0] as number), -former.y * scale + (shift[1] as number)]
    const taken = new Set(placed.filter((p) => !former.successors.includes(p.code)).map((p) => `${p.col} ${p.row}`))
    const around = cellsAround(at)
    const free = around.filter(([col, row]) => !taken.has(`${col} ${row}`))
    const [col, row] = free.reduce((best, cell) =>
      squaredDistance(at, cellCentre(...cell)) < squaredDistance(at, cellCentre(...best)) ? cell : best,
    )
    placed.push({ code: former.code, col, row })
  }

  const rowShift = 2 * Math.floor(Math.min(...placed.map((p) => p.row)) / 2)
  const colShift = Math.min(...placed.map((p) => p.col))
  return placed.map((p) => ({ code: p.code, col: p.col - colShift, row: p.row - rowShift }))
}

/** The index of the site whose centroid is nearest site i's (the first of equals). */
function nearestSite(sites: readonly CartogramSite[], i: number): number {
  const me = sites[i] as CartogramSite
  let best = -1
  for (let j = 0; j < sites.length; j++) {
    const other = sites[j] as CartogramSite
    if (j === i) continue
    const better =
      best < 0 ||
      squaredDistance([me.x, me.y], [other.x, other.y]) <
        squaredDistance([me.x, me.y], [(sites[best] as CartogramSite).x, (sites[best] as CartogramSite).y])
    if (better) best = j
  }
  return best
}

/** Cells within a few tiles of a point, row by row: always enough to find a free one among a few authorities. */
function cellsAround([x, y]: readonly [number, number]): [number, number][] {
  const cells: [number, number][] = []
  const row0 = Math.round(y / ROW_HEIGHT)
  for (let row = row0 - 4; row <= row0 + 4; row++)
    for (let col = Math.round(x) - 4; col <= Math.round(x) + 4; col++) cells.push([col, row])
  return cells
}

/** Words an abbreviation skips: they carry no name ("Kingston upon Hull" is KHU, "Blackburn with Darwen" BDA). */
const MINOR_WORDS = new Set(['and', 'of', 'upon', 'on', 'with', 'the', 'to'])

/** The letters an abbreviation may use, word by word: the name without ", City of", brackets and minor words. */
function nameWords(name: string): string[] {
  const core = name
    .replace(/,\s*(City|County) of$/i, '')
    .replace(/\(.*?\)/g, '')
    .replace(/[.'’]/g, '')
  return core
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w.toUpperCase().replace(/[^A-Z]/g, ''))
    .filter((w) => w !== '')
}

/** Three-letter candidates for a name, the most readable first: initials, then the start of a word, then any letters. */
export function abbreviationCandidates(name: string): string[] {
  const words = nameWords(name)
  const [w1 = '', w2 = '', w3 = ''] = words
  const candidates: string[] = []
  if (words.length >= 3) candidates.push(`${w1[0]}${w2[0]}${w3[0]}`)
  // Two words: the first's initial with the second's start, or with the second's initial and next consonant
  // (North Tyneside NTN where Newcastle upon Tyne has NTY), or the first's start with the second's initial.
  const consonant = /[^AEIOUY]/.exec(w2.slice(1))?.[0] ?? ''
  if (words.length === 2)
    candidates.push(`${w1[0]}${w2.slice(0, 2)}`, `${w1[0]}${w2[0]}${consonant}`, `${w1.slice(0, 2)}${w2[0]}`)
  if (words.length === 1) candidates.push(w1.slice(0, 3))
  // Then the first letter with any two later letters, in reading order.
  const letters = words.join('')
  for (let i = 1; i < letters.length; i++)
    for (let j = i + 1; j < letters.length; j++) candidates.push(`${letters[0]}${letters[i]}${letters[j]}`)
  return [...new Set(candidates.filter((c) => /^[A-Z]{3}$/.test(c)))]
}

/**
 * A distinct three-letter label per authority, for tiles too small for a name. Every authority's first candidate is
 * handed out before any fallback, so a name's natural label is not taken by another's second choice (Nottingham
 * keeps NOT); where two share a first candidate, the first alphabetically keeps it. Current authorities choose
 * first, so today's labels do not depend on former ones.
 */
export function abbreviateNames(
  areas: readonly { code: string; name: string; former: boolean }[],
): Map<string, string> {
  const order = [...areas].sort(
    (a, b) =>
      Number(a.former) - Number(b.former) || a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code),
  )
  const candidates = new Map(order.map((a) => [a.code, abbreviationCandidates(a.name)]))
  const labels = new Map<string, string>()
  const used = new Set<string>()
  for (const area of order) {
    const first = candidates.get(area.code)?.[0]
    if (first && !used.has(first)) {
      labels.set(area.code, first)
      used.add(first)
    }
  }
  for (const area of order) {
    if (labels.has(area.code)) continue
    const own = candidates.get(area.code) ?? []
    const label = own.find((c) => !used.has(c))
    if (!label) throw new Error(`No three-letter label is left for ${area.code} ${area.name}`)
    used.add(label)
    labels.set(area.code, label)
  }
  return labels
}

/**
 * The hex cartogram of a built UTLA topology's authorities: former ones are those with a lastYear, and
 * `successorsOf` names what replaced them.
 */
export function buildHexCartogram(
  topology: { objects: Record<string, unknown> },
  objectName: string,
  successorsOf: (code: string) => readonly string[],
): HexCartogram {
  const object = topology.objects[objectName]
  if (!object) throw new Error(`The topology has no object "${objectName}"`)
  const { features } = feature(topology as unknown as Topology, object as never) as unknown as {
    features: { properties: UtlaProperties; geometry: Polygon | MultiPolygon }[]
  }
  const sites = features.map((f) => ({ properties: f.properties, ...projectedCentroid(f.geometry) }))
  const current = sites.filter((s) => s.properties.lastYear === undefined)
  const formers = sites.filter((s) => s.properties.lastYear !== undefined)
  // Who borders whom among today's authorities (shared arcs of the topology).
  const geometries = (object as { geometries: { properties: UtlaProperties }[] }).geometries
  const currentGeometries = geometries.filter((g) => g.properties.lastYear === undefined)
  const bordering = neighbors(currentGeometries as never)
  const cells = layoutHexCartogram(
    current.map((s, i) => ({
      code: s.properties.code,
      x: s.x,
      y: s.y,
      area: s.area,
      neighbours: (bordering[i] ?? []).map((j) => currentGeometries[j]?.properties.code ?? ''),
    })),
    formers.map((s) => ({
      code: s.properties.code,
      x: s.x,
      y: s.y,
      area: s.area,
      successors: successorsOf(s.properties.code),
    })),
  )
  const cellOf = new Map(cells.map((c) => [c.code, c]))
  const labels = abbreviateNames(
    sites.map((s) => ({
      code: s.properties.code,
      name: s.properties.name,
      former: s.properties.lastYear !== undefined,
    })),
  )
  const tiles = sites.map(({ properties }): HexCartogramTile => {
    const cell = cellOf.get(properties.code)
    return {
      ...properties,
      abbreviation: labels.get(properties.code) ?? '',
      col: cell?.col ?? 0,
      row: cell?.row ?? 0,
    }
  })
  return {
    grid: 'hex-odd-r',
    columns: Math.max(...tiles.map((t) => t.col)) + 1,
    rows: Math.max(...tiles.map((t) => t.row)) + 1,
    tiles,
  }
}
