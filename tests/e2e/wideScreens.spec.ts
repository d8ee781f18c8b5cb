import { expect, test, type Page } from '@playwright/test'
import { FIRST_LOAD } from './support/firstLoad'

// A laptop (1366×768) and a projector or large monitor (1920×1080) show what matters on the first screen: the content
// uses the width, the whole England map fits above the fold, and on /compare and /deprivation a chart, not only
// controls, is in view. Measured in the browser from the laid-out boxes.

const FIRST_SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]

/** The laid-out box of the first element matching `selector`, in viewport pixels at the top of the page. */
async function boxOf(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, width: r.width, height: r.height }
    })
}

for (const screen of FIRST_SCREENS) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen })

    for (const route of ['/', '/map']) {
      test(`${route}: the whole England map is on the first screen`, async ({ page }) => {
        await page.goto(route)
        const map = page.getByRole('region', { name: /^Map of / })
        await expect(map.locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
        const box = await map.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)
        expect(box.top).toBeGreaterThan(0)
        expect(box.bottom).toBeLessThanOrEqual(screen.height)
        // Fitted, not shrunk to nothing: at least 40% of the screen's height.
        expect(box.height).toBeGreaterThanOrEqual(screen.height * 0.4)
        // England itself (every drawn authority) is inside the map's box.
        const drawn = await map.locator('path.map-area').evaluateAll((paths) => {
          const boxes = paths.map((p) => p.getBoundingClientRect())
          return { top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) }
        })
        expect(drawn.top).toBeGreaterThanOrEqual(box.top - 1)
        expect(drawn.bottom).toBeLessThanOrEqual(box.bottom + 1)
      })
    }

    for (const route of ['/compare?area=E08000016', '/deprivation?area=E08000016']) {
      test(`${route}: the first chart is on the first screen beside the controls`, async ({ page }) => {
        await page.goto(route)
        const chart = page.locator('main figure.chart svg').first()
        await expect(chart).toBeVisible(FIRST_LOAD)
        const box = await boxOf(page, 'main figure.chart svg')
        // At least 100 px of the chart itself, not only its title, shows without scrolling.
        expect(box.top).toBeLessThanOrEqual(screen.height - 100)
        const controls = await boxOf(page, '.benchmark-layout__controls')
        const body = await boxOf(page, '.benchmark-layout__body')
        expect(controls.width).toBeLessThan(body.width)
        expect(body.top).toBeLessThan(screen.height / 2)
      })
    }
  })
}

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })
  test('the content uses the width of a large screen, with prose kept to a readable line', async ({ page }) => {
    await page.goto('/area/E08000016')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barnsley', FIRST_LOAD)
    const main = await boxOf(page, 'main')
    expect(main.width).toBeGreaterThanOrEqual(1500)
    const paragraph = await boxOf(page, 'main p')
    expect(paragraph.width).toBeLessThanOrEqual(1200)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1920)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } })
  test('the map keeps its own height below the controls, and nothing overflows sideways', async ({ page }) => {
    await page.goto('/map')
    const map = page.getByRole('region', { name: /^Map of / })
    await expect(map.locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
    const box = await map.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)
    expect(box.height).toBeGreaterThanOrEqual(400)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375)
  })
})
