// Reads one sheet of a workbook in a worker thread, so that readWorkbook.ts can stop a read that runs too long or
// grows too large (SheetJS parses synchronously: on the main thread a crafted file would hang the build with no way
// to interrupt it). Plain JavaScript because worker threads start outside the TypeScript loader.
import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
// SheetJS 0.18.5 is the last release on the npm registry and has published advisories (prototype pollution and ReDoS
// on crafted files). It is a devDependency used only here, at build time, on the published government workbooks in the
// raw bundle; it never reaches the browser bundle. It is the only well-kept reader of .xls (BIFF) and .ods files.
import XLSX from 'xlsx'

/**
 * A request: { file, sheet (name or 0-based index), maxCells, signal (Int32Array over a SharedArrayBuffer), port }.
 * The reply on `port` is { rows, sheet } or { error }; then signal[0] is set to 1 and the waiting thread woken.
 */
parentPort?.on('message', ({ file, sheet, maxCells, signal, port }) => {
  let reply
  try {
    reply = readSheetGrid(file, sheet, maxCells)
  } catch (error) {
    reply = { error: error instanceof SheetProblem ? error.message : `the sheet could not be read (${error.message})` }
  }
  port.postMessage(reply)
  port.close()
  Atomics.store(signal, 0, 1)
  Atomics.notify(signal, 0)
})

class SheetProblem extends Error {}

function readSheetGrid(file, sheet, maxCells) {
  let workbook
  try {
    // Dense sheets read the 33,755-row IoD2025 workbooks about four times faster than the default sparse map.
    workbook = XLSX.read(readFileSync(file), { type: 'buffer', cellDates: false, cellText: false, dense: true })
  } catch (error) {
    throw new SheetProblem(`not a readable workbook (${error.message})`)
  }
  if (workbook.SheetNames.length === 0) throw new SheetProblem('the workbook is empty (no sheets)')
  const name = typeof sheet === 'number' ? workbook.SheetNames[sheet] : sheet
  const worksheet = name === undefined ? undefined : workbook.Sheets[name]
  if (!name || !worksheet)
    throw new SheetProblem(`sheet ${JSON.stringify(sheet)} not found (sheets: ${workbook.SheetNames.join(', ')})`)
  const range = usedRange(name, worksheet, maxCells)
  // Read only the cells that exist: a sheet may declare its range as A1:XFD1048576 whatever it holds, and filling that
  // range with empty cells takes gigabytes.
  const raw = XLSX.utils.sheet_to_json(worksheet, { header: 1, raw: true, defval: '', blankrows: true, range })
  const rows = raw.map((r) =>
    r.map((cell) =>
      cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : String(cell).trim(),
    ),
  )
  return { sheet: name, rows }
}

/**
 * The sheet's declared range, cut back to the last row and column that hold a cell. A sheet with no cells is empty;
 * one with more than maxCells is refused before anything is built from it.
 */
function usedRange(name, worksheet, maxCells) {
  let cells = 0
  let lastRow = -1
  let lastColumn = -1
  // Workbooks are read dense: a sheet is an array of rows of cells.
  for (let r = 0; r < worksheet.length; r++) {
    const row = worksheet[r]
    if (!row) continue
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue
      cells++
      if (r > lastRow) lastRow = r
      if (c > lastColumn) lastColumn = c
    }
  }
  if (cells === 0) throw new SheetProblem(`sheet "${name}" is empty (no cells)`)
  if (cells > maxCells)
    throw new SheetProblem(
      `sheet "${name}" has ${cells.toLocaleString('en-GB')} cells, more than the ${maxCells.toLocaleString('en-GB')} a source sheet may have`,
    )
  const declared = worksheet['!ref'] ? XLSX.utils.decode_range(worksheet['!ref']) : undefined
  const start = declared?.s ?? { r: 0, c: 0 }
  const end = declared?.e ?? { r: lastRow, c: lastColumn }
  return { s: start, e: { r: Math.min(end.r, lastRow), c: Math.min(end.c, lastColumn) } }
}
