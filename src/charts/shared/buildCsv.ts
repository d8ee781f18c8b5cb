/** A cell as it goes into a CSV: numbers unformatted (no thousands separators), null as an empty cell. */
export type CsvCell = string | number | null

function quote(cell: CsvCell): string {
  if (cell === null) return ''
  const text = String(cell)
  // RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets never run a cell as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof cell === 'string' ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Builds a CSV file: a header row, data rows, then (after a blank line) one line per note, such as the source and
 * licence. Notes go last so the first row is always the header for tools that read it.
 */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], notes: readonly string[]) {
  const lines = [header, ...rows].map((row) => row.map(quote).join(','))
  if (notes.length) lines.push('', ...notes.map((n) => quote(n)))
  return `${lines.join('\r\n')}\r\n`
}

/** Lower-case, hyphenated file name from a title ("Children looked after, Leeds" → "children-looked-after-leeds"). */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'chart'
  )
}
