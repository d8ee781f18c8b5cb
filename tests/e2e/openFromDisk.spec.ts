import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'

// The built index.html opened straight from disk cannot load its module scripts (file:// has no origin to load them
// from), so the page must say how to open the dashboard instead of staying blank.

test('dist/index.html opened from disk says how to open the dashboard', async ({ page }) => {
  await page.goto(pathToFileURL(resolve('dist/index.html')).href)
  const help = page.getByTestId('boot-help')
  // Shown after a moment (a normal load replaces it first): visible, not merely in the page.
  await expect(help).toBeVisible({ timeout: 10_000 })
  await expect(help).toContainText('file://')
  await expect(help).toContainText('npm start')
  await expect(help).toContainText('install it')
  const box = await help.boundingBox()
  expect(box?.height ?? 0).toBeGreaterThan(40)
})

test('a normal load replaces the note with the dashboard', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSC Explorer')
  await expect(page.getByTestId('boot-help')).toHaveCount(0)
  await expect(page.getByText('is loading…')).toHaveCount(0)
})

test('with JavaScript turned off, the page says the dashboard needs it, and how to run it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  // Text search skips <noscript>, so the note is found by its place in the page.
  const note = page.locator('noscript > .boot-note')
  await expect(note).toBeVisible()
  await expect(note).toContainText('CSC Explorer needs JavaScript.')
  await expect(note).toContainText('run npm ci once and then npm start')
  // The loading note (which would wait for scripts that never run) is not shown.
  await expect(page.getByText('is loading…')).toBeHidden()
  await context.close()
})
