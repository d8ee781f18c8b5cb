import { expect, test } from '@playwright/test'

// The app never hangs on a server that does not answer or sends far too much, says so with a retry that works, and
// warns about nothing on a first load.

test('a data request the server never answers ends in a clear error whose retry works', async ({ page }) => {
  await page.clock.install()
  let hang = true
  await page.route('**/data/areas.json', (route) => (hang ? undefined : route.continue()))
  // The clock may only move once the request (and so its timer) exists: the manifest is fetched first.
  const requested = page.waitForRequest('**/data/areas.json')
  await page.goto('/')
  await requested
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /loading/i })
      .first(),
  ).toBeVisible()
  await page.clock.fastForward('00:31')
  const alert = page.getByRole('alert').filter({ hasText: /areas\.json: the server did not answer within 30 seconds/ })
  await expect(alert).toBeVisible()
  hang = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 20_000 })
  await expect(page.getByRole('combobox', { name: 'Find a local authority' })).toBeVisible()
})

test('a data file far larger than the manifest says is refused before it is parsed', async ({ page }) => {
  const huge = `[${'{"code":"E08000016","name":"x"},'.repeat(160_000)}{}]` // about 5 MB, a hundred times the real file
  await page.route('**/data/areas.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: huge }),
  )
  await page.goto('/')
  await expect(
    page.getByRole('alert').filter({ hasText: /areas\.json: the file is larger than expected \(more than \d+ KB\)/ }),
  ).toBeVisible({ timeout: 20_000 })
  // The page still answers.
  expect(await page.evaluate(() => 1 + 1)).toBe(2)
})

test('leaving a view cancels the data requests it was waiting for', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Find a local authority' })).toBeVisible()
  const aborted: string[] = []
  page.on('requestfailed', (request) => aborted.push(request.url()))
  await page.route('**/data/lsoa/2021/E08000016.json', () => undefined)
  await page.goto('/neighbourhoods/E08000016')
  await page.waitForRequest('**/data/lsoa/2021/E08000016.json')
  await page.getByRole('link', { name: 'Sources and methods' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/method/i)
  await expect.poll(() => aborted.some((url) => url.endsWith('/data/lsoa/2021/E08000016.json'))).toBe(true)
})

test.describe('with the service worker on, as readers have it (the other tests block it)', () => {
  test.use({ serviceWorkers: 'allow' })
  test('a first load of a lazily loaded page logs no warning, the service worker’s registration included', async ({
    page,
  }) => {
    const messages: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text())
    })
    for (const route of ['/area/E08000016', '/map', '/data', '/methods']) {
      await page.goto(route)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 })
    }
    expect(messages).toEqual([])
  })

  test('pages that need none of the files index.html preloads still take them, so the browser warns of no unused preload', async ({
    context,
  }) => {
    const routes = ['/methods', '/accessibility', '/offline', '/neighbourhoods', '/gradient/E08000016', '/no-such-page']
    const messages: string[] = []
    await Promise.all(
      routes.map(async (route) => {
        const page = await context.newPage()
        page.on('console', (message) => {
          if (message.type() === 'warning' || message.type() === 'error') messages.push(`${route}: ${message.text()}`)
        })
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 })
        // Chromium reports a preload left unused a few seconds after the page's load event.
        await page.waitForTimeout(4_500)
      }),
    )
    expect(messages).toEqual([])
  })
})

test('the search box takes at most 100 characters', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: 'Find a local authority' })
  await search.fill('Barnsley ' + 'x'.repeat(5000))
  expect(await search.inputValue()).toHaveLength(100)
})

test('the server sends the security headers of public/_headers, and no other site can frame the app', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('/')
  const headers = response?.headers() ?? {}
  expect(headers['content-security-policy']).toBe("frame-ancestors 'self'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-frame-options']).toBe('SAMEORIGIN')
  // A page of another origin (answered here, nothing leaves the machine) cannot show the app in a frame...
  await page.route('http://other.example/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>other</title><iframe src="${baseURL}/methods" title="framed"></iframe>`,
    }),
  )
  await page.goto('http://other.example/')
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0)
  // ...while the app's own pages can, as the briefing does to draw a chart from its view.
  await page.goto('/methods')
  await page.evaluate((src) => {
    const frame = document.createElement('iframe')
    frame.src = src
    frame.title = 'framed'
    document.body.append(frame)
  }, `${baseURL}/methods`)
  await expect(page.frameLocator('iframe[title="framed"]').getByRole('heading', { level: 1 })).toHaveCount(1)
})
