/** Thrown for text that is not a readable table; `row` is 1-based as a spreadsheet shows it. */
export class TableReadError extends Error {
  readonly kind: 'too-large' | 'unreadable'

  constructor(message: string, kind: 'too-large' | 'unreadable' = 'unreadable') {
    super(message)
    this.name = 'TableReadError'
    this.kind = kind
  }
}

/** The delimiter of the header line: the one of comma, semicolon and tab that occurs most outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '')
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return best[1] > 0 ? best[0] : ','
}

/**
 * Parses delimited text (RFC 4180 quoting; comma, semicolon or tab; CRLF or LF; a UTF-8 byte-order mark dropped) into
 * rows of cells. Blank lines are kept as empty rows so row numbers stay those of the file.
 */
export function parseDelimited(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const delimiter = detectDelimiter(text)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let quoteStartRow = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += ch
      continue
    }
    if (ch === '"' && cell === '') {
      quoted = true
      quoteStartRow = rows.length + 1
    } else if (ch === delimiter) {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (quoted) throw new TableReadError(`Row ${quoteStartRow}: a quoted cell is never closed (a missing ").`)
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
