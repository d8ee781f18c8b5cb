import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The text of each page of a PDF, read with poppler's pdftotext (pages are split by form feeds). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'csc-pdf-'))
  try {
    const file = join(dir, 'page.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    return text.split('\f').slice(0, -1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A page's text without the margin boxes (tool name, page number), the print stamp and the site footer. */
export function pageContent(page: string): string {
  return page
    .replace(/CSC Explorer\s+Page \d+ of \d+/g, '')
    .replace(/Contains public sector information licensed[\s\S]*$/, '')
    .trim()
}
