import { parseDelimited, TableReadError } from './csv'

/** Larger than any file of counts for every LSOA in England (about 1 MB as CSV). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
const isOldExcel = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0

/**
 * The file's rows as text cells, CSV or .xlsx told apart by content rather than name. Throws TableReadError with a
 * message for the user. The .xlsx reader is loaded only when an .xlsx file arrives.
 */
export async function readTable(name: string, bytes: Uint8Array): Promise<string[][]> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new TableReadError(
      `"${name}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; files of up to ${MAX_FILE_BYTES / 1024 / 1024} MB are read (a count for every LSOA in England is about 1 MB as CSV).`,
      'too-large',
    )
  if (isZip(bytes)) {
    const { readXlsxRows } = await import('./xlsx')
    return readXlsxRows(bytes)
  }
  if (isOldExcel(bytes))
    throw new TableReadError(`"${name}" is an old-style Excel file (.xls); save it as .xlsx or CSV and try again.`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  if (text.includes('\u0000')) throw new TableReadError(`"${name}" is not a CSV or Excel (.xlsx) file.`)
  return parseDelimited(text)
}
