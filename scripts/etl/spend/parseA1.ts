import { parseIntegerCell, parseNumberCell } from '../../lib/cells'
import type { SheetGrid } from '../../lib/readWorkbook'
import { SourceError, type SourceLocation } from '../../lib/sourceError'
import type { A1Layout, LineKind } from './a1Layouts'
import { categoryOfReportGroup, type SpendCategory } from './categories'

/** One authority's gross expenditure in one year's Table A1, in £ (unrounded, as in the file). */
export interface A1LaSpend {
  laNumber: number
  /** First spreadsheet row of the authority (for messages). */
  row: number
  /** Children and young people's services total excluding CERA, as published on its total line. */
  total: number
  /** Sum of the detail lines of each category the year has. */
  categories: Partial<Record<SpendCategory, number>>
}

export interface A1Year {
  year: number
  file: string
  /** The header of the column the amounts are in (for messages). */
  amountColumn: string
  /** Categories that have at least one line in this year's layout. */
  categories: SpendCategory[]
  las: A1LaSpend[]
  rowsRead: number
  /** Reason → number of lines not summed (block totals, CERA, memo lines). */
  ignored: Record<string, number>
}

/** Tolerance for checking sums against totals: the files carry pennies and floating-point noise. */
const TOLERANCE = 1

/** Strips a leading line reference ("3.0.1 ", "21 ", "1. ", "8a.1 ", "3.1.2a ") from a description. */
export function stripLineReference(description: string): string {
  return description.replace(/^\s*\S*\d\S*\s*/, '').trim()
}

/**
 * Classifies a line of the FY 2012-13+ workbooks from its description, and its category from ReportGroup. The
 * grand-total and CERA lines carry the group of the block before them, and the memo lines (substance misuse, teenage
 * pregnancy: "included in … above") repeat spend already in services for young people, so neither may be summed.
 */
export function classifyByReportGroup(description: string, reportGroup: string, at: SourceLocation): LineKind {
  const text = stripLineReference(description)
  if (/^(total )?children and young people'?s services/i.test(text)) {
    if (/includ/i.test(text)) return { kind: 'ignore', reason: 'total including CERA' }
    if (/exclud/i.test(text)) return { kind: 'grandTotal' }
    throw new SourceError(at, `total line "${description}" says neither including nor excluding CERA`)
  }
  if (/\(CERA\)|capital expenditure from revenue/i.test(text)) return { kind: 'ignore', reason: 'CERA' }
  if (/included in|memorandum|substances? misuse|teenage pregnancy/i.test(text))
    return { kind: 'ignore', reason: 'memo line' }
  const category = categoryOfReportGroup(reportGroup)
  if (/^total\b/i.test(text)) return category ? { kind: 'subtotal', category } : { kind: 'subtotal' }
  if (!category) throw new SourceError(at, `unknown ReportGroup "${reportGroup}" for line "${description}"`)
  return { kind: 'detail', category }
}

function findColumns(grid: SheetGrid, layout: A1Layout): Record<keyof A1Layout['columns'], number> {
  const header = grid.rows[layout.headerRow - 1] ?? []
  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()
  const out = {} as Record<keyof A1Layout['columns'], number>
  for (const [key, name] of Object.entries(layout.columns) as [keyof A1Layout['columns'], string][]) {
    const i = header.findIndex((h) => normalise(h) === normalise(name))
    if (i < 0)
      throw new SourceError(
        { file: grid.file, row: layout.headerRow, column: name },
        `expected column "${name}" is missing (renamed or unexpected layout?)`,
      )
    out[key] = i
  }
  return out
}

interface Accumulator {
  laNumber: number
  row: number
  totals: number[]
  detail: Partial<Record<SpendCategory, number>>
  subtotals: Partial<Record<SpendCategory, number>>
}

/** Reads one year's Table A1 sheet into per-authority category sums and totals, checking them against each other. */
export function parseA1Grid(grid: SheetGrid, layout: A1Layout): A1Year {
  const col = findColumns(grid, layout)
  const byLa = new Map<number, Accumulator>()
  const ignored: Record<string, number> = {}
  const categories = new Set<SpendCategory>()
  let rowsRead = 0
  grid.rows.forEach((cells, i) => {
    const row = i + 1
    if (row <= layout.headerRow || cells.every((c) => c.trim() === '')) return
    rowsRead += 1
    const at = (column: string): SourceLocation => ({ file: grid.file, row, column })
    const laNumber = parseIntegerCell(cells[col.la], at(layout.columns.la))
    const description = cells[col.description] ?? ''
    const kind = classifyLine(layout, cells, col, at)
    const acc = byLa.get(laNumber) ?? { laNumber, row, totals: [], detail: {}, subtotals: {} }
    byLa.set(laNumber, acc)
    if (kind.kind === 'ignore') {
      // CERA and memo lines are not summed; some are blank or "NULL" in the files (Tameside 2011-12, Newham 2009-10).
      ignored[kind.reason] = (ignored[kind.reason] ?? 0) + 1
      return
    }
    const amount = parseNumberCell(cells[col.amount], at(layout.columns.amount))
    if (amount.value === null)
      throw new SourceError(at(layout.columns.amount), `no amount (marker "${amount.flag}") on line "${description}"`)
    if (kind.kind === 'detail') {
      categories.add(kind.category)
      acc.detail[kind.category] = (acc.detail[kind.category] ?? 0) + amount.value
    } else if (kind.kind === 'grandTotal') {
      acc.totals.push(amount.value)
    } else if (kind.kind === 'subtotal') {
      ignored['block total line'] = (ignored['block total line'] ?? 0) + 1
      if (kind.category) acc.subtotals[kind.category] = (acc.subtotals[kind.category] ?? 0) + amount.value
    }
  })
  if (byLa.size === 0) throw new SourceError({ file: grid.file }, 'no authority rows below the header')

  const mismatches: string[] = []
  const las: A1LaSpend[] = []
  for (const acc of byLa.values()) {
    const at = { file: grid.file, row: acc.row, column: layout.columns.amount }
    if (acc.totals.length !== 1)
      throw new SourceError(at, `LA ${acc.laNumber} has ${acc.totals.length} total lines (excluding CERA), expected 1`)
    const total = acc.totals[0] ?? 0
    const laCategories: Partial<Record<SpendCategory, number>> = {}
    for (const c of categories) laCategories[c] = acc.detail[c] ?? 0
    const sum = Object.values(laCategories).reduce((a, b) => a + b, 0)
    if (Math.abs(sum - total) > TOLERANCE)
      mismatches.push(`LA ${acc.laNumber}: categories sum to ${Math.round(sum)}, total line says ${Math.round(total)}`)
    for (const [c, subtotal] of Object.entries(acc.subtotals) as [SpendCategory, number][]) {
      const lines = acc.detail[c] ?? 0
      if (Math.abs(lines - subtotal) > TOLERANCE)
        mismatches.push(
          `LA ${acc.laNumber} ${c}: lines sum to ${Math.round(lines)}, block total says ${Math.round(subtotal)}`,
        )
    }
    las.push({ laNumber: acc.laNumber, row: acc.row, total, categories: laCategories })
  }
  // Every year reconciles to the pound today; a mismatch means a line was classified wrongly (or a new layout).
  if (mismatches.length)
    throw new SourceError(
      { file: grid.file },
      `lines do not add up to the file's totals (${mismatches.length}): ${mismatches.slice(0, 5).join('; ')}`,
    )
  return {
    year: layout.year,
    file: grid.file,
    amountColumn: layout.columns.amount,
    categories: [...categories],
    las,
    rowsRead,
    ignored,
  }
}

function classifyLine(
  layout: A1Layout,
  cells: readonly string[],
  col: Record<keyof A1Layout['columns'], number>,
  at: (column: string) => SourceLocation,
): LineKind {
  const description = cells[col.description] ?? ''
  if (layout.lines) {
    const line = parseIntegerCell(cells[col.line], at(layout.columns.line))
    const kind = layout.lines[line]
    if (!kind) throw new SourceError(at(layout.columns.line), `unexpected line ${line} ("${description}")`)
    return kind
  }
  if (col.reportGroup === undefined)
    throw new SourceError(at('ReportGroup'), 'layout has neither a line map nor ReportGroup')
  return classifyByReportGroup(description, cells[col.reportGroup] ?? '', at(layout.columns.description))
}
