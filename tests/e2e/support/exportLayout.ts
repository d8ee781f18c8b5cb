import { readFileSync } from 'node:fs'
import { expect, type Browser, type Locator, type Page } from '@playwright/test'

/** What the browser measured in an exported SVG: its size, and any text outside it or on top of other text. */
export interface ExportMeasure {
  width: number
  height: number
  texts: number
  outside: string[]
  overlapping: string[]
}

/** Clicks a "Download SVG" button and returns the file's name and markup. */
export async function downloadSvg(page: Page, button: Locator): Promise<{ name: string; markup: string }> {
  const download = page.waitForEvent('download')
  await button.click()
  const file = await download
  return { name: file.suggestedFilename(), markup: readFileSync(await file.path(), 'utf8').replace(/^\ufeff/, '') }
}

/** Clicks a "Download PNG" button and returns the file's name and the pixel size in its header. */
export async function downloadPngSize(page: Page, button: Locator) {
  const download = page.waitForEvent('download')
  await button.click()
  const file = await download
  const bytes = readFileSync(await file.path())
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { name: file.suggestedFilename(), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/**
 * Lays the SVG out in a fresh page of Chromium and measures every text element's box: each must lie inside the
 * picture and no two may overlap (boxes shrunk by half a pixel, so touching lines do not count).
 */
export async function measureExportedSvg(browser: Browser, markup: string): Promise<ExportMeasure> {
  const page = await browser.newPage()
  try {
    await page.setContent(`<!doctype html><html><body style="margin:0">${markup}</body></html>`)
    return await page.evaluate(() => {
      const root = document.querySelector('svg')
      if (!root) throw new Error('no svg')
      const frame = root.getBoundingClientRect()
      const boxes = [...root.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
        .filter((b) => b.text.trim() !== '' && b.r.width > 0)
      const outside = boxes
        .filter(
          (b) =>
            b.r.left < frame.left - 0.5 ||
            b.r.right > frame.right + 0.5 ||
            b.r.top < frame.top - 0.5 ||
            b.r.bottom > frame.bottom + 0.5,
        )
        .map((b) => b.text)
      const overlapping: string[] = []
      const shrink = 0.5
      for (const [i, first] of boxes.entries())
        for (const second of boxes.slice(i + 1)) {
          const a = first.r
          const b = second.r
          const apart =
            a.right - shrink <= b.left + shrink ||
            b.right - shrink <= a.left + shrink ||
            a.bottom - shrink <= b.top + shrink ||
            b.bottom - shrink <= a.top + shrink
          if (!apart) overlapping.push(`"${first.text}" / "${second.text}"`)
        }
      return { width: frame.width, height: frame.height, texts: boxes.length, outside, overlapping }
    })
  } finally {
    await page.close()
  }
}

/** Exports a figure's SVG and checks its layout: the slide canvas, text inside, nothing overlapping. */
export async function expectCleanExport(page: Page, browser: Browser, figure: Locator, nameShape: RegExp) {
  const { name, markup } = await downloadSvg(page, figure.getByRole('button', { name: /^Download SVG/ }))
  expect(name).toMatch(nameShape)
  const measured = await measureExportedSvg(browser, markup)
  expect([measured.width, measured.height]).toEqual([1200, 675])
  expect(measured.outside, `text outside the picture in ${name}`).toEqual([])
  expect(measured.overlapping, `overlapping text in ${name}`).toEqual([])
  // Title, legend, axis labels, source, licence and link are all there.
  expect(measured.texts).toBeGreaterThan(5)
  for (const words of ['Open Government Licence', 'Made with CSC Explorer']) expect(markup).toContain(words)
  return markup
}
