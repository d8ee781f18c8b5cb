import { expect, test, type Page } from '@playwright/test'
import { downloadCsv } from './support/csv'
import { FIRST_LOAD } from './support/firstLoad'
import { readJson } from './support/publicData'

// IoD2025: the profile's two editions, the deprivation lens on IoD2025 from 2025 with every current authority, the
// neighbourhood view on 2021 LSOAs with ward names, and the ways into it.

async function settle(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0, FIRST_LOAD)
}

test('the profile sets IMD 2025 beside IMD 2019, with the caveat, for an authority created after IoD2019', async ({
  page,
}) => {
  await page.goto('/area/E06000063')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cumberland')
  const section = page.getByRole('region', { name: 'Deprivation: IMD 2025 and IMD 2019' })
  await expect(section.getByText('so the two editions are not a strict trend')).toBeVisible()
  const table = section.getByRole('table')
  await expect(table.getByRole('columnheader', { name: /^IMD 2025/ })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: /^IMD 2019/ })).toBeVisible()
  // Published File 10 v2: Cumberland 23.807, rank 95 of 296 districts; it did not exist in IoD2019.
  const row = (name: RegExp) => table.getByRole('row', { name })
  await expect(
    row(/^IMD average score/)
      .getByRole('cell')
      .first(),
  ).toHaveText('23.807')
  await expect(
    row(/^IMD average score/)
      .getByRole('cell')
      .nth(1),
  ).toHaveText('– (the authority did not exist then)')
  await expect(
    row(/^Rank of average score among districts/)
      .getByRole('cell')
      .first(),
  ).toHaveText('95 of 296')

  // A county: its 2025 figures are computed and say so.
  await page.goto('/area/E10000017')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lancashire')
  const lancashire = page.getByRole('region', { name: 'Deprivation: IMD 2025 and IMD 2019' })
  await expect(lancashire.getByText(/^\* Computed by CSC Explorer/)).toBeVisible()
  await expect(lancashire.getByRole('row', { name: /^Rank of average score among districts/ })).toContainText(
    /\d+ to \d+ of 296\*/,
  )
})

test('the neighbourhood view is reached from the profile and shows 2021 neighbourhoods with ward names', async ({
  page,
}) => {
  const barnsley = readJson('deprivation/lsoa21_deciles.json').areas.E08000016
  await page.goto('/area/E08000016')
  await page.getByRole('link', { name: /^Neighbourhoods in Barnsley: map and table by IMD 2025 decile/ }).click()
  await expect(page).toHaveURL(/\/neighbourhoods\/E08000016$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neighbourhoods in Barnsley')
  await expect(page.locator('path.map-area')).toHaveCount(barnsley.total, FIRST_LOAD)
  const table = page.getByRole('table', { name: /rank and decile of each neighbourhood/ })
  await expect(table.locator('tbody tr')).toHaveCount(barnsley.total)
  // Place names: the ward ("Dearne South"), not only the statistical name ("Barnsley 032C").
  await expect(table.getByRole('cell', { name: 'Dearne South' }).first()).toBeVisible()
  const polygon = page.locator('path.map-area').first()
  await polygon.focus()
  await expect(page.locator('.map-tooltip').last()).toContainText(/Barnsley \d{3}[A-Z]/)

  // The decile distribution is set against England's tenths.
  const summary = page.getByRole('table', { name: /in each national decile of the Index of Multiple Deprivation/ })
  await expect(summary.getByRole('row').nth(1)).toContainText(`${barnsley.byDecile[0]}`)
  await expect(summary.getByRole('row').nth(1)).toContainText('10.0%')

  // The map and the table download as CSV with every neighbourhood, ward and rank.
  const csv = await downloadCsv(
    page,
    page.getByRole('button', { name: /^Download CSV data of Barnsley: neighbourhoods/ }),
  )
  expect(csv.header).toEqual([
    'lsoa_code',
    'lsoa_name',
    'ward',
    'score',
    'rank (1 = most deprived of 33755)',
    'decile (1 = most deprived 10%)',
  ])
  expect(csv.data).toHaveLength(barnsley.total)
  expect(csv.data.some((r) => r[2] === 'Dearne South')).toBe(true)
})

test('the 2025 deprivation scatter includes Cumberland; in 2024 it is named on the chart as having no figure', async ({
  page,
}) => {
  await page.goto('/deprivation?indicator=cla_rate&area=E06000063&year=2025')
  await settle(page)
  await expect(
    page.getByText('the English Indices of Deprivation 2025 (IoD2025), the edition in force for 2025.', {
      exact: false,
    }),
  ).toBeVisible()
  await page.getByText('Show the figures as a table').first().click()
  await expect(page.getByRole('rowheader', { name: 'Cumberland' }).first()).toBeVisible()
  await expect(page.locator('.chart__missing')).toHaveCount(0)

  // 2024 still reads against IoD2019, in which the four new unitaries have no figure: named above the plot.
  await page.goto('/deprivation?indicator=cla_rate&area=E06000063&year=2024')
  await settle(page)
  const missing = page.locator('.chart__missing').first()
  await expect(missing).toBeVisible()
  await expect(missing).toContainText('Cumberland')
  await expect(missing).toContainText('Westmorland and Furness')
})

test('ways into the neighbourhoods: navigation, the England map on a deprivation measure, and the new Barnsley code', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Neighbourhoods' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neighbourhoods')
  await page.getByLabel('Find an authority').fill('Barnsly')
  await page.getByRole('link', { name: 'Neighbourhoods in Barnsley' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neighbourhoods in Barnsley')

  await page.goto('/map?indicator=imd_score')
  const hartlepool = page.locator('path.map-area[data-code="E06000001"]')
  await expect(hartlepool).toBeVisible(FIRST_LOAD)
  await hartlepool.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/neighbourhoods\/E06000001$/)

  // ONS's April 2025 code for Barnsley opens Barnsley, in search and in addresses.
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Find a local authority' })
  await search.fill('E08000038')
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('new code E08000038')
  await page.goto('/area/E08000038')
  await expect(page).toHaveURL(/\/area\/E08000016$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barnsley')
})
