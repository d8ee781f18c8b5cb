import { TableReadError } from './csv'

/**
 * A minimal reader for the first worksheet of an .xlsx file: the zip container read by hand, entries inflated with
 * the browser's own DecompressionStream, and the sheet's cells taken from its XML. Only what a table of counts needs
 * (shared, inline and plain strings, numbers); formulas are read as their cached values. Written here rather than
 * taken from a package because the common spreadsheet packages either carry unpatched advisories or are far larger
 * than this job; it runs only in the worker's lazily loaded chunk.
 *
 * Zip bombs: the entry count, every entry's declared size and the bytes actually inflated are all capped.
 */
export const XLSX_LIMITS = { entries: 2_000, entryBytes: 32 * 1024 * 1024 } as const

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

const decoder = new TextDecoder('utf-8')

function readEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  if (eocd < 0) throw new TableReadError('The .xlsx file is damaged (no zip directory); save it again or as CSV.')
  const count = view.getUint16(eocd + 10, true)
  if (count > XLSX_LIMITS.entries)
    throw new TableReadError(`The .xlsx file has ${count} parts; at most ${XLSX_LIMITS.entries} are read.`, 'too-large')
  let at = view.getUint32(eocd + 16, true)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new TableReadError('The .xlsx file is damaged (broken zip directory); save it again or as CSV.')
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > limit) {
      await reader.cancel()
      throw new TableReadError(
        `A part of the .xlsx file inflates to more than ${limit / 1024 / 1024} MB; it is not read.`,
        'too-large',
      )
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

async function readEntry(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  if (entry.size > XLSX_LIMITS.entryBytes)
    throw new TableReadError(
      `A part of the .xlsx file is ${Math.round(entry.size / 1024 / 1024)} MB unpacked; it is not read.`,
      'too-large',
    )
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
    throw new TableReadError('The .xlsx file is damaged (broken zip entry); save it again or as CSV.')
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) return decoder.decode(data)
  if (entry.method === 8) return decoder.decode(await inflate(data, XLSX_LIMITS.entryBytes))
  throw new TableReadError('The .xlsx file uses a compression this page cannot read; save it as CSV.')
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name.toLowerCase()] ?? ''),
  )
}

/** The text of every <t> inside an element (rich-text runs joined). */
const textOf = (xml: string) =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXmlText(m[1] ?? '')).join('')

export function parseSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ''))
}

/** Column letters of a cell reference ("AB12") → 0-based index. */
const columnIndex = (ref: string) =>
  [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1

/** The worksheet's rows as text cells, positioned by their references so empty cells stay empty. */
export function parseSheet(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = []
  for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rowMatch[1] ?? '')?.[1] ?? rows.length + 1)
    const cells: string[] = []
    let next = 0
    for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] ?? ''
      const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1]
      const index = ref ? columnIndex(ref) : next
      const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n'
      const body = cell[2] ?? ''
      const value = decodeXmlText(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '')
      cells[index] = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? textOf(body) : value
      next = index + 1
    }
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  }
  return Array.from(rows, (r) => r ?? [])
}

/** The first worksheet of an .xlsx file as rows of text cells. */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const entries = readEntries(bytes)
  const byName = new Map(entries.map((e) => [e.name, e]))
  const workbook = byName.get('xl/workbook.xml')
  if (!workbook)
    throw new TableReadError('This is a zip file but not an Excel workbook (.xlsx); save the table as CSV.')
  const firstSheetId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(await readEntry(bytes, workbook))?.[1]
  const rels = byName.get('xl/_rels/workbook.xml.rels')
  let sheetPath = 'xl/worksheets/sheet1.xml'
  if (firstSheetId && rels) {
    const relsXml = await readEntry(bytes, rels)
    const rel = [...relsXml.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((r) => r.includes(`Id="${firstSheetId}"`))
    const target = rel ? /Target="([^"]+)"/.exec(rel)?.[1] : undefined
    if (target) sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`
  }
  const sheet = byName.get(sheetPath)
  if (!sheet) throw new TableReadError('The workbook has no readable first worksheet; save the table as CSV.')
  const sharedEntry = byName.get('xl/sharedStrings.xml')
  const shared = sharedEntry ? parseSharedStrings(await readEntry(bytes, sharedEntry)) : []
  return parseSheet(await readEntry(bytes, sheet), shared)
}
