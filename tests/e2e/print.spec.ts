import { expect, test } from '@playwright/test'
import { FIRST_LOAD } from './support/firstLoad'

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
  const widest = await charts.evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().width)))
  expect(widest).toBeLessThanOrEqual(680)

  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(1)
})
