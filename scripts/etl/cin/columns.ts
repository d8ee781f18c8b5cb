import { requireColumns, type CsvTable } from '../../lib/readCsv'

/** Where each indicator's figures are in a table: its column name and index. */
export interface ValueColumn {
  indicatorId: string
  column: string
  index: number
}

/** Finds each indicator's column (indicator id → column name); a missing or renamed column stops the ETL. */
export function requireValueColumns(
  table: Pick<CsvTable, 'file' | 'header'>,
  columns: Readonly<Record<string, string>>,
): ValueColumn[] {
  const indexes = requireColumns(table, Object.values(columns))
  return Object.entries(columns).map(([indicatorId, column]) => {
    const index = indexes[column]
    if (index === undefined) throw new Error(`requireColumns did not return column ${column}`)
    return { indicatorId, column, index }
  })
}
