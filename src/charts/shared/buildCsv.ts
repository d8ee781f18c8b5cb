/** A cell as it goes into a CSV: numbers unformatted (no thousands separators), null as an empty cell. */
export type CsvCell = string | number | null

function quote(cell: CsvCell, decimals?: number | null): string {
  if (cell === null) return ''
  // Numbers at their published precision: computed means and shares carry float noise (54.06999999999999) otherwise.
  const text =
    typeof cell === 'number' && decimals !== undefined && decimals !== null ? cell.toFixed(decimals) : String(cell)
  // RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets never run a cell as a formula, and so is a
  // leading tab or carriage return, which spreadsheets strip before reading what follows.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof cell === 'string' ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Builds a CSV file: a header row, data rows, then (after a blank line) one line per note, such as the source and
 * licence. Notes go last so the first row is always the header for tools that read it. `decimals` gives each column's
 * published precision; numbers in a column without one are written as they are.
 */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  notes: readonly string[],
  decimals: readonly (number | null)[] = [],
) {
  const lines = [header.map((h) => quote(h)), ...rows.map((row) => row.map((cell, i) => quote(cell, decimals[i])))].map(
    (cells) => cells.join(','),
  )
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
      .replace(/^-|-$/g, '') || 'chart'
  )
}

/**
 * A download's file name without extension: `<authority>-<indicator>-<from>-<to>` from its parts, or the whole title
 * when the chart has no parts. Never cut short, so two downloads of different years never share a name.
 */
export function exportFileName(
  parts:
    | {
        authority?: string | undefined
        indicator: string
        from?: number | string | undefined
        to?: number | string | undefined
      }
    | undefined,
  title: string,
): string {
  if (!parts) return slugify(title)
  const years =
    parts.from === undefined
      ? []
      : parts.to === undefined || parts.to === parts.from
        ? [parts.from]
        : [parts.from, parts.to]
  return [parts.authority, parts.indicator, ...years]
    .filter((p) => p !== undefined && p !== '')
    .map((p) => slugify(String(p)))
    .join('-')
}
