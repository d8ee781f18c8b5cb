import type { Neighbour } from '../../../src/schema/neighbours'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { NEIGHBOURS_PER_LA, type SnRow } from './parse'

export type NeighbourList = Record<string, Neighbour[]>

/**
 * Keys one DfE list by series code. LA numbers resolve through the area registry, so a former authority (928
 * Northamptonshire, 835 Dorset county…) keeps its former code both as a key and as a neighbour; North Yorkshire (815)
 * and Somerset (933) resolve to the series code they have carried since their 2023 recode. Rows without neighbours
 * are left out. An unknown LA number, a self-neighbour, a repeated neighbour or a repeated row stops the ETL.
 * Keys are sorted so rebuilds are byte-identical.
 */
export function buildNeighbourList(rows: readonly SnRow[], areas: AreaRegistry, file: string): NeighbourList {
  const list = new Map<string, Neighbour[]>()
  for (const row of rows) {
    if (row.neighbours.length === 0) continue
    const code = areas.requireLaNumber(row.laNumber, { file, row: row.row, column: 'A' }).code
    if (list.has(code)) throw new SourceError({ file, row: row.row, column: 'A' }, `LA ${row.laNumber} listed twice`)
    if (row.neighbours.length !== NEIGHBOURS_PER_LA)
      throw new SourceError({ file, row: row.row }, `expected ${NEIGHBOURS_PER_LA} neighbours`)
    const neighbours = row.neighbours.map((n) => {
      const at = { file, row: row.row, column: n.column }
      if (n.laNumber === row.laNumber) throw new SourceError(at, `LA ${row.laNumber} is listed as its own neighbour`)
      return { code: areas.requireLaNumber(n.laNumber, at).code, band: n.band }
    })
    const codes = new Set(neighbours.map((n) => n.code))
    if (codes.size !== neighbours.length)
      throw new SourceError({ file, row: row.row }, `LA ${row.laNumber} lists the same neighbour twice`)
    list.set(code, neighbours)
  }
  return Object.fromEntries([...list.entries()].sort((a, b) => a[0].localeCompare(b[0])))
}
