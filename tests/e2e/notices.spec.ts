import { expect, test } from '@playwright/test'

test('the home map reports a link’s unknown indicator and non-year instead of dropping them silently', async ({
  page,
}) => {
  await page.goto('/?indicator=nonsense&year=20x9')
  const notices = page.getByRole('region', { name: 'Link notices' })
  await expect(notices).toContainText('There is no indicator "nonsense"')
  await expect(notices).toContainText('"20x9" is not a year')
  // The map still draws, on the default indicator.
  await expect(page.locator('path.map-area').first()).toBeVisible()
})

test('/map uses the first of a repeated key and says the link gave it twice', async ({ page }) => {
  await page.goto('/map?indicator=cpp_rate&indicator=cla_rate')
  await expect(page.getByRole('region', { name: 'Link notices' })).toContainText(
    'The link gives "indicator" 2 times; using the first.',
  )
  await expect(page.getByRole('heading', { level: 2, name: /child protection plan/i })).toBeVisible()
})
