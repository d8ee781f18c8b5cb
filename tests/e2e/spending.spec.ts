import { expect, test } from '@playwright/test'
import { downloadText } from './support/csv'
import { readJson } from './support/publicData'

const firstChart = (page: import('@playwright/test').Page) => page.locator('figure.chart').first()

test('spending: Barnsley’s published real-terms spend per child, then the SPPI with cash years labelled', async ({
  page,
}) => {
  const perChild = readJson('series/spend_cyp_per_child.json')
  const i = perChild.years.indexOf(2025)
  expect(perChild.values.E08000016[i]).toBe(1550)

  await page.goto('/area/E08000016')
  await page
    .getByRole('navigation', { name: 'More about Barnsley' })
    .getByRole('link', { name: 'Spending over time, by category' })
    .click()
  await expect(page).toHaveURL(/\/spending\/E08000016$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Children's services spending: Barnsley")
  const chart = firstChart(page)
  await expect(chart.getByRole('heading')).toContainText('2024-25 prices, GDP deflator')
  await expect(chart.locator('svg text', { hasText: '£ per child, 2024-25 prices' })).toHaveCount(1)
  await chart.getByText('Show the figures as a table').click()
  const row2025 = chart.locator('tbody tr', { has: page.locator('th', { hasText: /^2025$/ }) })
  await expect(row2025.locator('td').first()).toHaveText('£1,550')
  // FY 2009-10's total lacks two categories: the line breaks there and the chart says why.
  await expect(chart.locator('svg text', { hasText: 'Break in series' })).toHaveCount(1)
  await expect(chart).toContainText('Break in series before 2011: FY 2009-10 is not comparable')

  await page.getByRole('radio', { name: /Services producer price index/ }).click()
  await expect(page.getByRole('radio', { name: /Services producer price index/ })).toBeChecked()
  await expect(page).toHaveURL(/deflator=sppi/)
  await expect(firstChart(page).getByRole('heading')).toContainText('2021-22 prices, Services producer price index')
  await firstChart(page).getByText('Show the figures as a table').click()
  const row = (year: number) =>
    firstChart(page).locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${year}$`) }) })
  // £39,485,751 / 48,600 children × 100 / 84.902 (SPPI, FY 2009-10) = £957; 2024-25 stays in cash (£1,550).
  await expect(row(2010).locator('td').first()).toHaveText('£957')
  await expect(row(2025).locator('td').first()).toContainText('£1,550')
  await expect(row(2025).locator('td').first()).toContainText(
    'cash: the Services producer price index stops in 2021-22',
  )
  await expect(firstChart(page).getByText('Cash from here →')).toBeVisible()

  const csv = await downloadText(page, firstChart(page).getByRole('button', { name: /Download CSV/ }))
  expect(csv).toContain('value (£ per child, 2021-22 prices)')
  expect(csv).toContain('Barnsley,2010,957,,')
  expect(csv).toContain('Open Government Licence')
})

test('spending: the category mix for the latest year and the looked-after share are drawn with table twins', async ({
  page,
}) => {
  await page.goto('/spending/E08000016')
  const mix = page.locator('figure.chart', { hasText: 'spend by category, 2024-25 (cash)' })
  await expect(mix).toHaveCount(1)
  await mix.getByText('Show the figures as a table').click()
  // Barnsley 2024-25: £80,283,218 in total (S251 via LAIT).
  await expect(mix.locator('tbody tr', { hasText: 'Total' }).locator('td').first()).toHaveText('£80,283,218')
  const share = page.locator('figure.chart', { hasText: 'Children looked after spend as a share' })
  await expect(share).toHaveCount(1)
  await expect(share).toContainText('Break in series before 2011: FY 2009-10 is not comparable')
})
