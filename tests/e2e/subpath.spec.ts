import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startStaticHost } from './support/staticHost'

// The app built for a project site (https://<user>.github.io/csc-explorer/) and served by a plain static host with
// the README's SPA fallback (index.html copied to 404.html): search → profile → map, a deep link, and no request
// outside the sub-path.
const BASE = '/csc-explorer/'

let root = ''
let host: Awaited<ReturnType<typeof startStaticHost>>

test.beforeAll(async () => {
  test.setTimeout(300_000)
  root = mkdtempSync(join(tmpdir(), 'csc-subpath-'))
  const out = join(root, 'csc-explorer')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir'], {
    env: { ...process.env, CSC_BASE_PATH: BASE, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  copyFileSync(join(out, 'index.html'), join(out, '404.html'))
  host = await startStaticHost(root)
})

test.afterAll(async () => {
  await host?.close()
  rmSync(root, { recursive: true, force: true })
})

test('under a sub-path: search → profile → map, a deep link, and every request stays below the sub-path', async ({
  page,
}) => {
  const outside: string[] = []
  const failed: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === host.origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname)
  })
  page.on('response', (response) => {
    // Only the deep-link document itself may come back as the 404 fallback page.
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(response.url())
  })

  await page.goto(`${host.origin}${BASE}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSC Explorer')
  const search = page.getByRole('combobox', { name: 'Find a local authority' })
  await search.fill('Barnsley')
  await expect(page.getByRole('option').first()).toContainText('Barnsley')
  await search.press('Enter')
  await expect(page).toHaveURL(`${host.origin}${BASE}area/E08000016`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Barnsley')

  await page.getByRole('navigation').getByRole('link', { name: 'Map', exact: true }).click()
  await expect(page).toHaveURL(`${host.origin}${BASE}map`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map of England')
  await expect(page.locator('path.map-area').first()).toBeVisible()
  expect(await page.locator('path.map-area').count()).toBeGreaterThan(100)

  // A deep link opened directly reaches the host's 404 page, which is the app, and shows the profile.
  const deep = await page.goto(`${host.origin}${BASE}area/E06000009`)
  expect(deep?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blackpool')

  expect(outside).toEqual([])
  expect(failed).toEqual([])
})

test('under a sub-path: /gradient loads its data and runs its worker from below the sub-path', async ({ page }) => {
  const outside: string[] = []
  const workers: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === host.origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname)
  })
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname))

  await page.goto(`${host.origin}${BASE}gradient/E08000016`)
  await expect(page.getByRole('heading', { level: 1, name: 'Your own gradient: Barnsley' })).toBeVisible()
  await page.getByRole('button', { name: 'Use a synthetic example' }).click()
  await expect(
    page.getByRole('heading', { name: 'Results for Barnsley (synthetic example — not real data)' }),
  ).toBeVisible()

  expect(workers.length).toBeGreaterThan(0)
  for (const path of workers) expect(path.startsWith(BASE), path).toBe(true)
  expect(outside).toEqual([])
})
