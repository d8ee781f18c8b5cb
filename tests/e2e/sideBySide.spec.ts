import { expect, test, type Page } from '@playwright/test'
import { FIRST_LOAD } from './support/firstLoad'
import { readJson } from './support/publicData'

const panel = (page: Page, n: 1 | 2) => page.getByRole('region', { name: new RegExp(`^Panel ${n}:`) })

test('two panels, each with its own view, indicator and authorities, in one URL that reopens them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/side-by-side?area=E08000016')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Side by side')
  // By default the first panel is the authority's trend and the second the map of England, for the same indicator.
  await expect(panel(page, 1).getByRole('group', { name: /^Children looked after.*Chart:/ })).toBeVisible(FIRST_LOAD)
  await expect(panel(page, 2).locator('path.map-area').first()).toBeVisible(FIRST_LOAD)

  // Side by side on a wide screen: the second panel starts to the right of the first and at the same height.
  const [first, second] = [await panel(page, 1).boundingBox(), await panel(page, 2).boundingBox()]
  expect(first && second).toBeTruthy()
  if (!first || !second) return
  expect(second.x).toBeGreaterThanOrEqual(first.x + first.width)
  expect(Math.abs(second.y - first.y)).toBeLessThan(2)

  // The second panel becomes a trend of children in need, drawing the first panel's authorities.
  await panel(page, 2).getByRole('radio', { name: 'Trend over time' }).click()
  const picker = panel(page, 2).getByRole('combobox', { name: 'Panel 2 indicator' })
  await picker.click()
  await picker.fill('children in need rate')
  await page.getByRole('option', { name: /^Children in need at 31 March per 10,000 children/ }).click()
  await expect(page).toHaveURL(/view2=trend/)
  await expect(page).toHaveURL(/indicator2=cin_rate/)
  await expect(panel(page, 2).getByRole('heading', { level: 3 })).toHaveText(
    /^Children in need at 31 March per 10,000 children: Barnsley and England/,
  )

  // Its own list: Sheffield added to panel 2 only.
  await panel(page, 2)
    .getByRole('radio', { name: /Its own authorities/ })
    .click()
  const add = panel(page, 2).getByRole('combobox', { name: /Add an authority to panel 2/ })
  await add.fill('Sheffield')
  await page.getByRole('option', { name: /^Sheffield/ }).click()
  await expect(page).toHaveURL(/compare2=E08000016~E08000019/)
  await expect(panel(page, 2).getByRole('heading', { level: 3 })).toHaveText(/Barnsley, Sheffield and England/)
  await expect(panel(page, 1).getByRole('heading', { level: 3 })).toHaveText(/: Barnsley and England/)

  // The link reopens exactly this view.
  const url = page.url()
  await page.goto('about:blank')
  await page.goto(url)
  await expect(panel(page, 2).getByRole('heading', { level: 3 })).toHaveText(
    /Barnsley, Sheffield and England/,
    FIRST_LOAD,
  )
  await expect(panel(page, 2).getByRole('radio', { name: 'Trend over time' })).toBeChecked()
  await expect(panel(page, 2).getByRole('combobox', { name: 'Panel 2 indicator' })).toHaveValue(
    /^Children in need at 31 March/,
  )
})

test('trends indexed to England: England is 1 in every year and each figure is divided by it', async ({ page }) => {
  const cla = readJson('series/cla_rate.json')
  const years: number[] = cla.years
  const last = years.length - 1
  const barnsley: number = cla.values.E08000016[last]
  const england: number = cla.england[last]
  await page.goto('/side-by-side?area=E08000016&indicator=cla_rate&view2=trend&relative=ratio')
  const table = panel(page, 1).getByRole('table')
  await panel(page, 1).getByText('Show the figures as a table').click()
  await expect(table).toBeVisible(FIRST_LOAD)
  await expect(panel(page, 1).getByRole('heading', { level: 3 })).toHaveText(/as a ratio to England$/)
  const lastRow = table.locator('tbody tr').last()
  await expect(lastRow.locator('th')).toHaveText(String(years[last]))
  await expect(lastRow.locator('td').first()).toHaveText((barnsley / england).toFixed(2))
  await expect(lastRow.locator('td').last()).toHaveText('1.00')

  // As a difference, England is 0 and the axis says what the numbers are.
  await page
    .getByRole('radio', { name: /Difference from England/ })
    .first()
    .click()
  await expect(page).toHaveURL(/relative=difference/)
  await expect(lastRow.locator('td').last()).toHaveText('0 per 10,000')
  await expect(lastRow.locator('td').first()).toHaveText(`${Math.round(barnsley - england)} per 10,000`)
  await expect(panel(page, 1).locator('svg text').filter({ hasText: 'difference from England' })).toHaveCount(1)
})

test('maps in both panels share the year, and the panels stack on a phone', async ({ page }) => {
  const cin = readJson('series/cin_rate.json')
  const year: number = cin.years[cin.years.length - 3]
  await page.goto(`/side-by-side?view=map&indicator=cla_rate&view2=map&indicator2=cin_rate&year=${year}`)
  await expect(panel(page, 1).locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
  await expect(panel(page, 1).getByRole('heading', { level: 3 })).toHaveText(new RegExp(`${year}$`))
  await expect(panel(page, 2).getByRole('heading', { level: 3 })).toHaveText(new RegExp(`${year}$`))
  await page.getByRole('button', { name: 'Next year' }).click()
  await expect(page).toHaveURL(new RegExp(`year=${year + 1}`))
  await expect(panel(page, 1).getByRole('heading', { level: 3 })).toHaveText(new RegExp(`${year + 1}$`))
  await expect(panel(page, 2).getByRole('heading', { level: 3 })).toHaveText(new RegExp(`${year + 1}$`))

  await page.setViewportSize({ width: 375, height: 800 })
  const [first, second] = [await panel(page, 1).boundingBox(), await panel(page, 2).boundingBox()]
  if (!first || !second) throw new Error('panels not drawn')
  expect(second.y).toBeGreaterThanOrEqual(first.y + first.height)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the map of England opens side by side with another map, keeping its indicator and year', async ({ page }) => {
  await page.goto('/map?indicator=cin_rate&year=2020')
  await page.getByRole('link', { name: "Put this map beside another indicator's map, on the same year" }).click()
  await expect(page).toHaveURL(/\/side-by-side\?/)
  const search = new URL(page.url()).searchParams
  expect(Object.fromEntries(search)).toMatchObject({ indicator: 'cin_rate', year: '2020', view: 'map' })
  await expect(panel(page, 1).locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
  await expect(panel(page, 2).locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
  await expect(panel(page, 1).getByRole('heading', { level: 3 })).toHaveText(
    /^Children in need at 31 March per 10,000 children, .*2020$/,
  )
  await expect(panel(page, 2).getByRole('heading', { level: 3 })).toHaveText(/2020$/)
})

test('suppressed figures are hatched on both panels’ maps, as on the map of England', async ({ page }) => {
  await page.goto('/side-by-side?view=map&indicator=cla_rate&view2=map&indicator2=cla_rate')
  const city = panel(page, 1).locator('path.map-area[data-code="E09000001"]')
  await expect(city).toHaveAttribute('aria-label', /City of London\. .*suppressed/, FIRST_LOAD)
  // The fill names a pattern the page defines, so the City is hatched, not left unpainted.
  const painted = await city.evaluate((path) => {
    const id = /^url\(#(.+)\)$/.exec(path.getAttribute('fill') ?? '')?.[1]
    return id !== undefined && document.getElementById(id) instanceof SVGPatternElement
  })
  expect(painted).toBe(true)
})

test('the panels’ maps switch to the hex cartogram together, and the link keeps it', async ({ page }) => {
  await page.goto('/side-by-side?view=map&indicator=cla_rate&view2=map&indicator2=cin_rate')
  await expect(panel(page, 1).locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
  await page.getByRole('group', { name: 'Draw England as' }).getByRole('button', { name: 'Hex cartogram' }).click()
  await expect(page).toHaveURL(/map=hex/)
  // One equal tile per current authority in each panel, each with its label.
  for (const n of [1, 2] as const) {
    await expect(panel(page, n).getByRole('region', { name: /^Hex cartogram of/ })).toBeVisible(FIRST_LOAD)
    await expect(panel(page, n).locator('path.map-area')).toHaveCount(153)
  }
  await page.reload()
  await expect(panel(page, 2).getByRole('region', { name: /^Hex cartogram of Children in need rate/ })).toBeVisible(
    FIRST_LOAD,
  )
})
