import { expect, test } from '@playwright/test'

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
