import { expect, test, type Page } from '@playwright/test'
import { readJson, type SeriesFile } from './support/publicData'

const LEEDS = 'E08000035'

async function settle(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0, { timeout: 20_000 })
}

/** R's default quantile (type 7) of ascending values, as DfE's LAIT bands them. */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p
  const lo = Math.floor(h)
  const below = sorted[lo] ?? 0
  return below + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? below) - below)
}

test('find a workforce indicator by typing part of its name, with a typo, and benchmark it on /compare', async ({
  page,
}) => {
  const turnover = readJson<SeriesFile>('series/lait_work_force_to_rate.json')
  const areas = readJson<{ code: string; firstYear?: number; lastYear?: number }[]>('areas.json')
  const year = turnover.years[turnover.years.length - 1] ?? 0
  const yi = turnover.years.indexOf(year)

  await page.goto(`/compare?area=${LEEDS}`)
  await settle(page)
  const picker = page.getByRole('combobox', { name: 'Indicator' })
  await picker.click()
  const options = page.getByRole('listbox', { name: 'Indicators' }).getByRole('option')
  // LAIT gives every workforce measure one description; each option's second line still tells them apart.
  await picker.fill('social workers')
  await expect(options.nth(3)).toBeVisible()
  const details = await page.locator('.search__option-detail').allTextContents()
  expect(details.length).toBeGreaterThan(3)
  expect(new Set(details).size).toBe(details.length)
  await picker.fill('socail worker turnov')
  await expect(options.first()).toContainText('Percentage rate of social worker turnover')
  // Grouped by topic, with what the measure counts and when under the name.
  await expect(page.getByRole('group', { name: "Children's social work workforce" })).toBeVisible()
  await expect(options.first()).toContainText('Social worker turnover (%), at 30 September each year')
  await picker.press('ArrowDown')
  await picker.press('Enter')
  await expect(page).toHaveURL(/indicator=lait_work_force_to_rate/)
  await expect(picker).toHaveValue('Percentage rate of social worker turnover')
  await settle(page)

  const own = turnover.values[LEEDS]?.[yi] ?? null
  expect(own).not.toBeNull()
  const figures = page.getByRole('list', { name: 'Key figures' })
  await expect(figures).toContainText(`Leeds${(own ?? 0).toFixed(1)}%`)
  await expect(figures).toContainText(`England (published)${(turnover.england[yi] ?? 0).toFixed(1)}%`)
  // Turnover is better low (LAIT polarity "Low"): band A is the lowest quarter of every authority's figure that year.
  const all = areas
    .filter((a) => (a.firstYear ?? 0) <= year && (a.lastYear ?? 9999) >= year)
    .map((a) => turnover.values[a.code]?.[yi])
    .filter((v): v is number => typeof v === 'number')
    .sort((a, b) => a - b)
  const value = own ?? 0
  const letter =
    value <= quantile(all, 0.25) ? 'A' : value <= quantile(all, 0.5) ? 'B' : value <= quantile(all, 0.75) ? 'C' : 'D'
  await expect(figures).toContainText(`Quartile band in England${letter} (`)
  await expect(figures).toContainText('A = lowest, the better end')
})
