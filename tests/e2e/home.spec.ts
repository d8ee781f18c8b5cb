import { expect, test } from '@playwright/test'

test('the home page loads the manifest and areas through the schemas and lists the current authorities', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSC Explorer')
  await expect(page.getByText('153 local authorities')).toBeVisible()
  await expect(page.getByText('Barnsley (Yorkshire and The Humber)')).toBeVisible()
})
