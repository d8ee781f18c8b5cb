import { expect, test, type Page } from '@playwright/test'
import { downloadPngSize, expectCleanExport } from './support/exportLayout'

// Every chart type and both maps are exported as SVG and laid out in Chromium: every text element must lie inside
// the 1200 × 675 picture and none may overlap another, for the longest authority name and the widest year range too.

const chart = (page: Page, title: RegExp) =>
  page.locator('figure.chart').filter({ has: page.getByRole('heading', { name: title }) })

async function ready(page: Page) {
  await expect(page.locator('[role=status].loading, .loading')).toHaveCount(0, { timeout: 20_000 })
}

test('profile trend charts export cleanly, with the widest year range and the longest authority name', async ({
  page,
  browser,
}) => {
  for (const code of ['E08000016', 'E06000058', 'E06000010']) {
    await page.goto(`/area/${code}`)
    await ready(page)
    const figure = chart(page, /^CLA rate/).first()
    await expect(figure.locator('svg').first()).toBeVisible()
    const markup = await expectCleanExport(page, browser, figure, /^[a-z-]+-cla-rate-2010-20\d\d\.svg$/)
    // The legend is in the picture: the authority, its neighbours and England.
    for (const line of ['England', 'neighbours']) expect(markup).toContain(line)
  }
  const png = await downloadPngSize(
    page,
    chart(page, /^CLA rate/)
      .first()
      .getByRole('button', { name: /^Download PNG/ }),
  )
  expect([png.width, png.height]).toEqual([2400, 1350])
})

test('compare: small multiples, member trends and ranking export cleanly', async ({ page, browser }) => {
  await page.goto('/compare?area=E06000058')
  await ready(page)
  const figures = page.locator('figure.chart')
  await expect(figures.first()).toBeVisible()
  const count = await figures.count()
  expect(count).toBeGreaterThanOrEqual(2)
  // Every file is named <authority>-<indicator>-<from>-<to>, never from a title cut short.
  for (let i = 0; i < count; i++)
    await expectCleanExport(
      page,
      browser,
      figures.nth(i),
      /^bournemouth-christchurch-and-poole-[a-z0-9-]+-20\d\d(-20\d\d)?\.svg$/,
    )
})

test('deprivation: scatter, funnel, adjusted ranking and gradient export cleanly', async ({ page, browser }) => {
  await page.goto('/deprivation?area=E08000016')
  await ready(page)
  const figures = page.locator('figure.chart')
  await expect(figures.first()).toBeVisible()
  const count = await figures.count()
  expect(count).toBeGreaterThanOrEqual(3)
  for (let i = 0; i < count; i++)
    await expectCleanExport(page, browser, figures.nth(i), /^barnsley-[a-z0-9-]+-20\d\d(-20\d\d)?\.svg$/)
})

test('spending: category mix and trends export cleanly', async ({ page, browser }) => {
  await page.goto('/spending/E08000016')
  await ready(page)
  const figures = page.locator('figure.chart')
  await expect(figures.first()).toBeVisible()
  const count = await figures.count()
  expect(count).toBeGreaterThanOrEqual(2)
  for (let i = 0; i < count; i++)
    await expectCleanExport(page, browser, figures.nth(i), /^barnsley-spend-[a-z0-9-]+-20\d\d(-20\d\d)?\.svg$/)
})

test('the England map and the neighbourhood map export from their boundaries with legend and attribution', async ({
  page,
  browser,
}) => {
  await page.goto('/map?indicator=cpp_rate&year=2024')
  await ready(page)
  await expect(page.locator('.leaflet-interactive').first()).toBeVisible()
  const england = await expectCleanExport(page, browser, page.locator('.england-map'), /^cpp-rate-2024\.svg$/)
  expect((england.match(/<path /g) ?? []).length).toBeGreaterThan(140)
  for (const words of ['Contains OS data', 'Suppressed (withheld by the publisher)']) expect(england).toContain(words)
  expect(england).not.toMatch(/<image|openstreetmap/)

  await page.goto('/neighbourhoods/E08000016')
  await ready(page)
  await expect(page.locator('.leaflet-interactive').first()).toBeVisible()
  const main = page.locator('main')
  const lsoa = await expectCleanExport(page, browser, main, /^barnsley-neighbourhoods-imd-decile-2025\.svg$/)
  expect((lsoa.match(/<path /g) ?? []).length).toBeGreaterThan(100)
  expect(lsoa).toContain('Contains OS data')
  const png = await downloadPngSize(page, main.getByRole('button', { name: /^Download PNG/ }))
  expect([png.width, png.height]).toEqual([2400, 1350])
})
