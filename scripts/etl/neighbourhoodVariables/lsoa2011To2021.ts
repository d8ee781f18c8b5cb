import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/**
 * For each 2021 LSOA, the one 2011 LSOA whose IoD2019 figures it can carry: only where the 2021 neighbourhood is the
 * 2011 one unchanged (change code U) or one part of a 2011 neighbourhood that was split (S), so it lies wholly inside
 * it. A 2021 LSOA merged from several 2011 ones (M) or redrawn irregularly (X) has no single 2019 figure and is left
 * out (null), with the count in the build's report.
 */
export function parseLsoa2011Parents(table: CsvTable): {
  parentOf: Map<string, string>
  leftOut: { merged: number; irregular: number }
} {
  const cols = requireColumns(table, ['lsoa11_code', 'change_code', 'lsoa21_code'])
  const rowsOf = new Map<string, { parent: string; change: string }[]>()
  table.rows.forEach((row, i) => {
    const at = (column: string) => ({ file: table.file, row: table.firstRowNumber + i, column })
    const code21 = (row[cols.lsoa21_code] ?? '').trim()
    if (code21.startsWith('W01')) return
    if (!/^E01\d{6}$/.test(code21)) throw new SourceError(at('lsoa21_code'), `not an LSOA code: "${code21}"`)
    const parent = (row[cols.lsoa11_code] ?? '').trim()
    if (!/^E01\d{6}$/.test(parent)) throw new SourceError(at('lsoa11_code'), `not an LSOA code: "${parent}"`)
    const change = (row[cols.change_code] ?? '').trim()
    if (!['U', 'S', 'M', 'X'].includes(change))
      throw new SourceError(at('change_code'), `expected U, S, M or X, found "${change}"`)
    rowsOf.set(code21, [...(rowsOf.get(code21) ?? []), { parent, change }])
  })
  const parentOf = new Map<string, string>()
  const leftOut = { merged: 0, irregular: 0 }
  for (const [code21, rows] of rowsOf) {
    const only = rows.length === 1 ? rows[0] : undefined
    if (only && (only.change === 'U' || only.change === 'S')) parentOf.set(code21, only.parent)
    else if (rows.some((r) => r.change === 'X')) leftOut.irregular++
    else leftOut.merged++
  }
  return { parentOf, leftOut }
}
