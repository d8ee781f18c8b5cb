import { expect, test } from '@playwright/test'
import { FIRST_LOAD } from './support/firstLoad'
import { readJson } from './support/publicData'
import { INITIAL_DATA_FILES } from '../../bench/budgets'

test('the home page finds an authority by a misspelt name with the keyboard and opens its profile', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSC Explorer')
  await expect(page.getByText('153 local authorities')).toBeVisible()
  const search = page.getByRole('combobox', { name: 'Find a local authority' })
  await search.fill('Barnsly council')
  await expect(page.getByRole('option').first()).toContainText('Barnsley')
  await search.press('ArrowDown')
  await expect(search).toHaveAttribute('aria-activedescendant', /option-0/)
  await search.press('Enter')
  await expect(page).toHaveURL(/\/area\/E08000016$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Barnsley')
})

test('a district or town finds the council that runs its children’s services, and says why', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Find a local authority' })
  await search.fill('Tunbridge Wells')
  await expect(page.getByRole('option').first()).toContainText('Kent')
  await expect(page.getByRole('option').first()).toContainText('Tunbridge Wells is a district in Kent')
  await search.fill('Harrogate')
  await expect(page.getByRole('option').first()).toContainText('North Yorkshire')
  await search.press('Enter')
  await expect(page).toHaveURL(/\/area\/E06000065$/)
})

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test('the home page draws the England map as plain SVG, coloured, keyboard operable and zoomable as on /map', async ({
  page,
}) => {
  const cpp = readJson('series/cpp_rate.json')
  const hartlepool = cpp.values.E06000001[cpp.years.indexOf(2024)] as number
  // The same authority is coloured the same on /map (Leaflet) and on the home page (pre-projected SVG).
  await page.goto('/map?indicator=cpp_rate&year=2024')
  const onMap = page.locator('path.map-area[data-code="E06000001"]')
  await expect(onMap).toBeVisible(FIRST_LOAD)
  const fill = await onMap.getAttribute('fill')

  await page.goto('/?indicator=cpp_rate&year=2024')
  const map = page.getByRole('region', { name: /^Map of Child protection plan rate by local authority/ })
  const polygon = map.locator('path.map-area[data-code="E06000001"]')
  await expect(polygon).toBeVisible(FIRST_LOAD)
  expect(await map.locator('path.map-area').count()).toBeGreaterThan(140)
  await expect(page.locator('.leaflet-container')).toHaveCount(0)
  expect(fill).toMatch(/^#[0-9a-f]{6}$/)
  await expect(polygon).toHaveAttribute('fill', fill ?? '')

  const tooltip = map.locator('.map-tooltip')
  await polygon.focus()
  await expect(tooltip).toContainText('Hartlepool')
  await expect(tooltip).toContainText(`Year ending 31 March 2024: ${hartlepool.toFixed(1)} per 10,000`)
  await expect(tooltip).toContainText(/Rank \d+ of \d+ \(1 = highest\)/)
  await expect(polygon).toHaveAttribute('aria-label', /^Hartlepool\. Year ending 31 March 2024: /)
  // The focus ring (yellow over black) is drawn above every neighbour, one at a time.
  await expect(map.locator('path[stroke="#ffdd00"]')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(tooltip).toHaveCount(0)

  // A suppressed figure is spelt out, never shown as a number; hover shows a tooltip too.
  await map.locator('path.map-area[data-code="E09000001"]').focus()
  await expect(tooltip).toContainText('suppressed to protect confidentiality')
  await map.locator('path.map-area[data-code="E08000016"]').hover()
  await expect(tooltip).toContainText('Barnsley')

  // Zoomed to London, Camden is drawn wide enough to point at.
  const camden = map.locator('path.map-area[data-code="E09000007"]')
  const before = (await camden.boundingBox())?.width ?? 0
  await page.getByRole('button', { name: 'Zoom to London' }).click()
  await expect.poll(async () => (await camden.boundingBox())?.width ?? 0).toBeGreaterThan(Math.max(20, before * 4))

  await polygon.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/area\/E06000001\?indicator=cpp_rate&year=2024&zoom=london$/)
})

test('the A to Z list opens an authority’s profile within the app', async ({ page }) => {
  await page.goto('/')
  await page.getByText('All authorities A to Z').click()
  const link = page.getByRole('list').getByRole('link', { name: 'Barnsley', exact: true })
  await expect(link).toHaveAttribute('href', '/area/E08000016')
  // A page loaded afresh would lose this mark: the click must stay in the app.
  await page.evaluate(() => Object.assign(window, { stayedInApp: true }))
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Barnsley')
  expect(await page.evaluate(() => (window as unknown as { stayedInApp?: boolean }).stayedInApp)).toBe(true)
})

test('a first visit asks for the budgeted data files before the map is drawn, and prefetches the next series only after', async ({
  page,
}) => {
  await page.goto('/')
  // Read in the frame the map's authorities appear in (polled on every animation frame), not a moment later.
  const drawn = await page.waitForFunction(
    () => {
      if (document.querySelectorAll('main path.map-area').length <= 100) return null
      const drawnAt = performance.now()
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < drawnAt)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/data/'))
        .map((path) => path.slice('/data/'.length))
    },
    undefined,
    { timeout: 30_000 },
  )
  const beforePaint = (await drawn.jsonValue()) as string[]
  expect([...new Set(beforePaint)].sort()).toEqual([...INITIAL_DATA_FILES].sort())
  // The series either side of the map's indicator in the picker follow once the browser is idle.
  await expect
    .poll(() =>
      page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/series/')).length,
      ),
    )
    .toBeGreaterThan(1)
})
