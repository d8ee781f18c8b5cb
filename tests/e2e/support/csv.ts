import { readFileSync } from 'node:fs'
import type { Download, Locator, Page } from '@playwright/test'

/** Minimal CSV reader for the app's own output (RFC 4180 quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''))
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  return rows
}

/** A downloaded CSV split as the app writes it: the header, the data rows, then (after a blank line) one note a line. */
export interface CsvDownload {
  header: string[]
  data: string[][]
  notes: string[]
}

/** The text of a downloaded file, without the byte-order mark the app writes for spreadsheets. */
export async function readDownloadText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '')
}

/** Clicks `button` and returns the text of the file it downloads. */
export async function downloadText(page: Page, button: Locator): Promise<string> {
  const downloadPromise = page.waitForEvent('download')
  await button.click()
  return readDownloadText(await downloadPromise)
}

/** Clicks `button` and returns the CSV it downloads, split into header, data rows and notes. */
export async function downloadCsv(page: Page, button: Locator): Promise<CsvDownload> {
  const rows = parseCsv(await downloadText(page, button))
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '')
  const end = blank === -1 ? rows.length : blank
  return { header: rows[0] ?? [], data: rows.slice(1, end), notes: rows.slice(end + 1).map((r) => r[0] ?? '') }
}
