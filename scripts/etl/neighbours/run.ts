import { join } from 'node:path'
import { neighboursFileSchema, type NeighbourListId } from '../../../src/schema/neighbours'
import { readSheet } from '../../lib/readWorkbook'
import type { AreaRegistry } from '../areas/registry'
import { emptyReport, dropRow, type EtlContext, type SourceOutput, type SourceReport } from '../types'
import { parseSnSheet, SN_SHEET } from './parse'
import { buildNeighbourList, type NeighbourList } from './transform'

export const SOURCE_ID = 'dfe-statistical-neighbours'

/** DfE's statistical neighbour lists (NFER model): the May 2025 list and the April 2021 list it replaced. */
export const SN_FILES: Readonly<Record<NeighbourListId, string>> = {
  dfe2025: 'lait/sn_may_2025.xlsx',
  dfe2021: 'lait/sn_april_2021.xlsx',
}

/** Writes neighbours.json: both DfE lists keyed by series code, 10 neighbours each, closest first. */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const report = emptyReport(SOURCE_ID)
  const lists = {} as Record<NeighbourListId, NeighbourList>
  for (const [id, path] of Object.entries(SN_FILES) as [NeighbourListId, string][]) {
    lists[id] = readList(join(ctx.rawDir, path), path, ctx.areas, report)
    ctx.log(`${path}: ${Object.keys(lists[id]).length} authorities with neighbours`)
  }
  const data = neighboursFileSchema.parse({ dfe2025: lists.dfe2025, dfe2021: lists.dfe2021 })
  return await Promise.resolve({
    observations: [],
    indicators: [],
    files: [{ path: 'neighbours.json', data }],
    reports: [report],
  })
}

/** Reads one list and notes which current authorities it has no neighbours for. Mutates the report. */
function readList(file: string, label: string, areas: AreaRegistry, report: SourceReport): NeighbourList {
  const rows = parseSnSheet(readSheet(file, SN_SHEET))
  const list = buildNeighbourList(rows, areas, file)
  report.rowsRead += rows.length
  report.rowsKept += Object.keys(list).length
  for (const row of rows) if (row.neighbours.length === 0) dropRow(report, `${label}: no neighbours listed`)
  const missing = areas.current.filter((a) => !(a.code in list)).map((a) => `${a.laNumber} ${a.name}`)
  const former = Object.keys(list).filter((code) => areas.findByCode(code)?.status === 'former')
  report.notes.push(
    `${label}: ${Object.keys(list).length} authorities (${former.length} former: ${former.join(', ') || 'none'}); ` +
      `current authorities without a list: ${missing.join(', ') || 'none'}`,
  )
  return list
}
