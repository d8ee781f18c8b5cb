import { expect, test } from '@playwright/test'
import { FIRST_LOAD } from './support/firstLoad'
import { pageContent, pdfPageTexts } from './support/pdfText'

test('the Barnsley profile prints on A4 without navigation or controls, keeping the figures and charts', async ({
  page,
}) => {
  await page.goto('/area/E08000016')
  await expect(page.locator('.figures .figure').first()).toBeVisible(FIRST_LOAD)
  await expect(page.locator('figure.chart svg').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })

  // Hidden in print: navigation, the skip link, downloads, table twins (the charts carry the figures) and controls.
  expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).display)).toBe('none')
  for (const hidden of ['nav[aria-label="Main"]', '.skip-link', '.chart__downloads', 'details', '.no-print'])
    for (const el of await page.locator(hidden).all()) await expect(el, hidden).toBeHidden()
  for (const button of await page.locator('main button').all()) await expect(button).toBeHidden()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barnsley')
  const figures = page.locator('.figures .figure')
  expect(await figures.count()).toBeGreaterThanOrEqual(4)
  for (const figure of await figures.all()) await expect(figure).toBeVisible()
  const charts = page.locator('figure.chart')
  expect(await charts.count()).toBe(4)
  for (const chart of await charts.all()) {
    await expect(chart.locator('svg')).toBeVisible()
    await expect(chart.locator('.chart__source')).toBeVisible()
  }
  // Charts fit the printable width of A4 (210 mm less 2 × 15 mm margins ≈ 680 CSS px).
  await page.setViewportSize({ width: 680, height: 1000 })
  // Drawn for the width they print at (two to a row), chart text prints at 9 pt or more, not a screen chart shrunk.
  await expect
    .poll(() =>
      charts.evaluateAll((els) =>
        Math.min(
          ...els.map((el) => {
            const svg = el.querySelector('svg') as SVGSVGElement
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
            return Math.min(
              ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
            )
          }),
        ),
      ),
    )
    // 12 px less the rounding of the layout width to whole pixels (a screen chart shrunk to the column gave 6.9 px).
    .toBeGreaterThanOrEqual(11.5)
  const widest = await charts.evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().width)))
  expect(widest).toBeLessThanOrEqual(680)

  // On paper: the print date and the link back at the top, page numbers and the tool's name in the margins.
  const stamp = page.locator('.print-stamp')
  await expect(stamp).toBeVisible()
  await expect(stamp).toContainText(
    /^Printed on \d{1,2} [A-Z][a-z]+ 20\d\d from CSC Explorer: http:\/\/.*\/area\/E08000016$/,
  )
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pages = pdfPageTexts(pdf)
  expect(pages.length).toBeGreaterThanOrEqual(1)
  expect(pages.length).toBeLessThanOrEqual(3)
  pages.forEach((text, i) => {
    expect(text).toMatch(new RegExp(`CSC Explorer\\s+Page ${i + 1} of ${pages.length}`))
    // No page holds only the footer: each has content of its own.
    expect(pageContent(text).length, `page ${i + 1}`).toBeGreaterThan(200)
  })
  expect(pages[0]).toMatch(/Printed on .* from CSC Explorer/)
})

test("Barnsley's local-picture briefing prints on at most 4 A4 pages, every picture and sentence on paper", async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 680, height: 1000 })
  await page.goto('/briefing/new/E08000016')
  await expect(page).toHaveURL(/\/briefing$/, { timeout: 120_000 })
  await expect(page.locator('img.briefing-item__picture')).toHaveCount(6, { timeout: 150_000 })
  await page.emulateMedia({ media: 'print' })
  for (const control of await page.locator('main textarea, main input, main button').all())
    await expect(control).toBeHidden()
  const sentences = page.locator('.briefing-item__sentence-print')
  expect(await sentences.count()).toBeGreaterThanOrEqual(7)
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  const pages = pdfPageTexts(pdf)
  expect(pages.length).toBeGreaterThanOrEqual(2)
  expect(pages.length).toBeLessThanOrEqual(4)
  pages.forEach((text, i) => {
    expect(text).toMatch(new RegExp(`CSC Explorer\\s+Page ${i + 1} of ${pages.length}`))
    expect(pageContent(text).length, `page ${i + 1}`).toBeGreaterThan(200)
  })
  // Every item's title is on paper.
  const all = pages.join('\n').replace(/\s+/g, ' ')
  for (const title of await page.locator('.briefing-item__title').allTextContents())
    expect(all).toContain(title.replace(/\s+/g, ' ').slice(0, 40))
})
