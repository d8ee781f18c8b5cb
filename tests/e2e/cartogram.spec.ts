import { expect, test, type Page } from '@playwright/test'
import { seriousAxeViolations } from './support/axe'
import { expectCleanExport } from './support/exportLayout'
import { FIRST_LOAD } from './support/firstLoad'
import { readJson } from './support/publicData'

// The England map's hex cartogram: one equal tile per authority, switched to from the map and kept in the URL.

const tiles = (page: Page) => page.locator('.svg-map path.map-area')

/**
 * Measures the drawn tiles in the browser: each tile's box, whether the tile is what the page shows at its own centre
 * (nothing covers it) and its label's box.
 */
async function measureTiles(page: Page) {
  return page.locator('.svg-map').evaluate((map) => {
    const labels = new Map([...map.querySelectorAll('.svg-map__labels text')].map((t, i) => [i, t]))
    return [...map.querySelectorAll('path.map-area')].map((path, i) => {
      const r = path.getBoundingClientRect()
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2]
      const label = labels.get(i)
      const l = label?.getBoundingClientRect()
      return {
        code: path.getAttribute('data-code') ?? '',
        x,
        y,
        width: r.width,
        height: r.height,
        onTop: document.elementFromPoint(x, y) === path,
        label: label?.textContent ?? '',
        labelInside: !!l && l.left >= r.left && l.right <= r.right && l.top >= r.top && l.bottom <= r.bottom,
        labelHeight: l?.height ?? 0,
      }
    })
  })
}

/** Every tile is the same size and no two overlap: on a hex lattice, centres are at least a tile's width apart. */
function expectEqualTilesWithoutOverlap(measured: Awaited<ReturnType<typeof measureTiles>>) {
  const width = measured[0]?.width ?? 0
  expect(width).toBeGreaterThan(10)
  for (const t of measured) {
    expect(Math.abs(t.width - width), t.code).toBeLessThan(0.5)
    expect(Math.abs(t.height - (measured[0]?.height ?? 0)), t.code).toBeLessThan(0.5)
  }
  let closest = Infinity
  for (const [i, a] of measured.entries())
    for (const b of measured.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y))
  expect(closest).toBeGreaterThanOrEqual(width * 0.98)
}

test.describe('the hex cartogram', () => {
  // Tall enough that the whole cartogram is on screen, so every tile can be found at its centre.
  test.use({ viewport: { width: 1280, height: 1400 } })

  test('switches from the map, draws 153 equal tiles that do not overlap, and a link reopens it', async ({ page }) => {
    const cla = readJson('series/cla_rate.json')
    const last: number = cla.years[cla.years.length - 1]
    await page.goto(`/map?indicator=cla_rate&year=${last}`)
    await expect(page.locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
    await expect(page.getByRole('button', { name: 'Map', exact: true })).toHaveAttribute('aria-pressed', 'true')

    await page.getByRole('button', { name: 'Hex cartogram' }).click()
    await expect(page).toHaveURL(/[?&]map=hex(&|$)/)
    await expect(page.getByRole('button', { name: 'Hex cartogram' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('region', { name: /^Hex cartogram of CLA rate by local authority/ })).toBeVisible()
    await expect(tiles(page)).toHaveCount(153)

    const measured = await measureTiles(page)
    expectEqualTilesWithoutOverlap(measured)
    // Nothing hides any tile, and each carries its own three-letter label inside it, large enough to read.
    expect(measured.filter((t) => !t.onTop).map((t) => t.code)).toEqual([])
    expect(measured.filter((t) => !/^[A-Z]{3}$/.test(t.label) || !t.labelInside).map((t) => t.code)).toEqual([])
    expect(new Set(measured.map((t) => t.label)).size).toBe(153)
    expect(Math.min(...measured.map((t) => t.labelHeight))).toBeGreaterThanOrEqual(11)

    // The same colours as the map: the suppressed City of London is hatched, never a class colour or 0.
    const city = page.locator('path.map-area[data-code="E09000001"]')
    await expect(city).toHaveAttribute('fill', /^url\(#/)
    await expect(city).toHaveAttribute('aria-label', /City of London\. .*suppressed/)
    await expect(city).not.toHaveAttribute('aria-label', /: 0(\.0)? per/)

    // A link reproduces the cartogram.
    const link = page.url()
    await page.goto('about:blank')
    await page.goto(link)
    await expect(tiles(page)).toHaveCount(153, FIRST_LOAD)
    await expect(page.getByRole('button', { name: 'Hex cartogram' })).toHaveAttribute('aria-pressed', 'true')

    // And switching back draws the geographic map again.
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await expect(page).not.toHaveURL(/map=hex/)
    await expect(page.locator('.leaflet-interactive').first()).toBeVisible(FIRST_LOAD)
  })

  test('draws the authorities of an earlier year, former ones included, without overlap', async ({ page }) => {
    // Year ending March 2019: Bournemouth, Poole, the old Dorset county, Northamptonshire and Cumbria existed.
    await page.goto('/?indicator=cla_rate&year=2019')
    await expect(page.locator('.svg-map path.map-area').first()).toBeVisible(FIRST_LOAD)
    const geographic = await page
      .locator('.svg-map path.map-area')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')).sort())
    await page.getByRole('button', { name: 'Hex cartogram' }).click()
    await expect(page.getByRole('region', { name: /^Hex cartogram of/ })).toBeVisible(FIRST_LOAD)
    const hex = await tiles(page).evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')).sort())
    expect(hex).toEqual(geographic)
    expect(hex).toEqual(expect.arrayContaining(['E06000028', 'E06000029', 'E10000009', 'E10000021', 'E10000006']))
    expect(hex).not.toContain('E06000058')
    await page.locator('.svg-map').scrollIntoViewIfNeeded()
    const measured = await measureTiles(page)
    expectEqualTilesWithoutOverlap(measured)
  })

  test('is keyboard operable: Tab reaches a tile, which shows its name and figure, and Enter opens it', async ({
    page,
  }) => {
    const cla = readJson('series/cla_rate.json')
    const i = cla.years.indexOf(2024)
    const barking: number = cla.values.E09000002[i]
    const decimals: number = readJson('indicators.json').find((x: { id: string }) => x.id === 'cla_rate').decimals
    await page.goto('/map?indicator=cla_rate&year=2024&map=hex')
    await expect(tiles(page).first()).toBeVisible(FIRST_LOAD)
    // Past the zoom button, the first tab stop in the cartogram is the first authority by name.
    await page.getByRole('button', { name: 'Zoom to London' }).focus()
    await page.keyboard.press('Tab')
    const first = page.locator('path.map-area[data-code="E09000002"]')
    await expect(first).toBeFocused()
    const tooltip = page.locator('.map-tooltip').last()
    await expect(tooltip).toContainText('Barking and Dagenham')
    await expect(tooltip).toContainText(`Year ending 31 March 2024: ${barking.toFixed(decimals)} per 10,000`)
    // The focus ring is drawn over the tile, one at a time.
    await expect(page.locator('.svg-map__focus path[stroke="#ffdd00"]')).toHaveCount(1)
    await page.keyboard.press('Tab')
    await expect(page.locator('path.map-area[data-code="E09000003"]')).toBeFocused()
    await expect(tooltip).toContainText('Barnet')
    await page.keyboard.press('Escape')
    await expect(page.locator('.svg-map__tooltip')).toHaveCount(0)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/area\/E09000003/)
  })

  test('fetches no geographic boundaries while it is shown, on /map and the home page, until the map is chosen', async ({
    page,
  }) => {
    const boundaries: string[] = []
    page.on('request', (request) => {
      if (/\/data\/geo\/utla\.(topo|svg)\.json$/.test(request.url())) boundaries.push(new URL(request.url()).pathname)
    })
    await page.goto('/map?indicator=cla_rate&map=hex')
    await expect(tiles(page)).toHaveCount(153, FIRST_LOAD)
    await page.goto('/?indicator=cla_rate&map=hex')
    await expect(tiles(page)).toHaveCount(153, FIRST_LOAD)
    expect(boundaries).toEqual([])

    // Choosing the map fetches its boundaries and draws it (in place of the tiles, which are drawn the same way, so
    // wait for the map itself).
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await expect(page.getByRole('region', { name: /^Map of CLA rate by local authority/ })).toBeVisible(FIRST_LOAD)
    await expect(page.locator('.svg-map path.map-area')).toHaveCount(153)
    expect(boundaries).toEqual(['/data/geo/utla.svg.json'])
  })

  test('zooms to London, whose 33 tiles fill the view', async ({ page }) => {
    await page.goto('/map?indicator=cla_rate&map=hex')
    await expect(tiles(page).first()).toBeVisible(FIRST_LOAD)
    await page.getByRole('button', { name: 'Zoom to London' }).click()
    await expect(page).toHaveURL(/zoom=london/)
    const map = await page.locator('.svg-map').boundingBox()
    const london = await page
      .locator('path.map-area[data-code^="E09"]')
      .evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().toJSON() as DOMRect))
    expect(london).toHaveLength(33)
    for (const r of london) {
      expect(r.left).toBeGreaterThanOrEqual((map?.x ?? 0) - 0.5)
      expect(r.right).toBeLessThanOrEqual((map?.x ?? 0) + (map?.width ?? 0) + 0.5)
    }
  })

  test('exports cleanly, its tiles and labels in the picture', async ({ page, browser }) => {
    await page.goto('/map?indicator=cpp_rate&year=2024&map=hex')
    await expect(tiles(page).first()).toBeVisible(FIRST_LOAD)
    const markup = await expectCleanExport(page, browser, page.locator('.england-map'), /^cpp-rate-2024\.svg$/)
    expect((markup.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(153)
    expect(markup).toContain('>BAN</text>')
    expect(markup).toContain('hex cartogram, one equal tile per authority')
    for (const words of ['Contains OS data', 'Suppressed (withheld by the publisher)']) expect(markup).toContain(words)
  })

  test('added to a briefing, is drawn there as the cartogram, with its alt text saying so', async ({ page }) => {
    await page.goto('/map?indicator=cla_rate&year=2024&map=hex')
    await expect(tiles(page).first()).toBeVisible(FIRST_LOAD)
    await page
      .getByRole('button', { name: /^Add to briefing/ })
      .first()
      .click()
    await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toContainText('(1 item)')
    await page.goto('/briefing')
    const picture = page.locator('img.briefing-item__picture')
    await expect(picture).toHaveCount(1, { timeout: 60_000 })
    await expect(picture).toHaveAttribute(
      'alt',
      /^Hex cartogram of CLA rate by local authority, year ending 31 March 2024/,
    )
    // The picture is the cartogram's own (its description comes from the cartogram drawing), drawn in full.
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200)
  })
})

test.describe('the hex cartogram at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 800 } })
  for (const route of ['/?map=hex', '/map?map=hex']) {
    test(`${route} does not scroll sideways and its tiles stay inside the page`, async ({ page }) => {
      await page.goto(route)
      await expect(tiles(page)).toHaveCount(153, FIRST_LOAD)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      const right = await tiles(page).evaluateAll((paths) =>
        Math.max(...paths.map((p) => p.getBoundingClientRect().right)),
      )
      expect(right).toBeLessThanOrEqual(320)
    })
  }
})

test.describe('the hex cartogram on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } })
  test('fills the width, taller than the map, so tiles and their labels stay readable', async ({ page }) => {
    await page.goto('/map?map=hex')
    await expect(tiles(page)).toHaveCount(153, FIRST_LOAD)
    const svg = await page.locator('.svg-map__svg').boundingBox()
    expect(svg?.height ?? 0).toBeGreaterThan(svg?.width ?? 0)
    await page.locator('.svg-map').scrollIntoViewIfNeeded()
    const measured = await measureTiles(page)
    expect(Math.min(...measured.map((t) => t.width))).toBeGreaterThanOrEqual(26)
    expect(Math.min(...measured.map((t) => t.labelHeight))).toBeGreaterThanOrEqual(9)
    expectEqualTilesWithoutOverlap(measured)
  })
})

test.describe('the hex cartogram meets WCAG 2.2 AA (axe-core)', () => {
  // axe is injected as an inline script, which the app's Content-Security-Policy rightly forbids; this test alone bypasses it.
  test.use({ bypassCSP: true })
  for (const route of ['/?map=hex', '/map?map=hex']) {
    test(`${route} has no serious or critical violations`, async ({ page }) => {
      await page.goto(route)
      await expect(tiles(page)).toHaveCount(153, FIRST_LOAD)
      expect(await seriousAxeViolations(page)).toEqual([])
    })
  }
})
