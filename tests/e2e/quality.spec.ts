import { expect, test, type Page } from '@playwright/test'
import { seriousAxeViolations } from './support/axe'

// Quality gates that apply to every route: no request leaves the app's origin, axe finds no serious or critical
// violation, and a broken data file shows a clear error with a working retry.

/** One URL per route family; extend this list as views land. */
const ROUTES = [
  '/',
  '/area/E08000016',
  '/compare?area=E08000016',
  '/clusters?area=E08000016',
  '/map',
  '/side-by-side?area=E08000016&compare=E08000019&indicator2=cin_rate&relative=ratio',
  '/side-by-side?area=E08000016&view=map&view2=map&indicator2=cin_rate&year=2020',
  '/deprivation?area=E08000016',
  '/neighbourhoods',
  '/neighbourhoods/E08000016',
  '/neighbourhoods/E08000016/analysis',
  '/neighbourhoods/E08000016/analysis?analysis=overlap&compare=E08000019',
  '/neighbourhoods/E08000016/analysis?analysis=correlation',
  '/neighbourhoods/E08000016/analysis?analysis=compare&compare=E08000019~E08000018',
  '/neighbourhoods/E08000016/analysis?analysis=regression&predictors=imd25_income_score~rural',
  '/gradient/E08000016',
  '/spending/E08000016',
  '/briefing',
  '/present/E08000016',
  '/data',
  '/methods',
  '/offline',
  '/accessibility',
  '/no-such-page',
]

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0, { timeout: 20_000 })
}

test('the app makes no request to any other origin', async ({ page, baseURL }) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url)
  })
  for (const route of ROUTES) {
    await page.goto(route)
    await settle(page)
  }
  expect(foreign).toEqual([])
})

test('every route has its own document title, and the site has a favicon', async ({ page, request }) => {
  const titles = new Map<string, string>()
  for (const route of ROUTES) {
    await page.goto(route)
    await settle(page)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const title = await page.title()
    expect(title, route).toMatch(/CSC Explorer/)
    expect(title, route).not.toBe('CSC Explorer')
    titles.set(route, title)
  }
  expect(new Set(titles.values()).size).toBe(ROUTES.length)
  // Pages about an authority name it, so tabs and history entries tell Barnsley from Leeds.
  for (const route of ROUTES.filter((r) => r.includes('E08000016')))
    expect(titles.get(route), route).toContain('Barnsley')
  const icon = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(icon).toBeTruthy()
  const response = await request.get(icon ?? '')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('image/svg+xml')
})

test('a strict Content-Security-Policy is in force and nothing on any route violates it', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  for (const route of ROUTES) {
    await page.goto(route)
    await settle(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    const scriptSrc = /script-src ([^;]+)/.exec(policy ?? '')?.[1] ?? ''
    expect(scriptSrc.trim()).toBe("'self'")
    expect(policy).not.toMatch(/unsafe-eval/)
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  }
})

test.describe('every route works at 320 px wide (WCAG 1.4.10 reflow)', () => {
  test.use({ viewport: { width: 320, height: 800 } })
  for (const route of ROUTES) {
    test(`${route} does not scroll sideways`, async ({ page }) => {
      await page.goto(route)
      await settle(page)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    })
  }
})

test.describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  // axe is injected as an inline script, which the app's Content-Security-Policy rightly forbids; this test alone bypasses it.
  test.use({ bypassCSP: true })
  for (const route of ROUTES) {
    test(`${route} has no serious or critical violations`, async ({ page }) => {
      await page.goto(route)
      await settle(page)
      const violations = await seriousAxeViolations(page)
      expect(violations).toEqual([])
    })
  }
})

test.describe('a broken data file shows a clear error with a retry that works', () => {
  const cases = [
    { name: 'missing (404)', fulfil: { status: 404, body: 'not found' }, message: /areas\.json.*404/ },
    {
      name: 'truncated',
      fulfil: { status: 200, contentType: 'application/json', body: '[{"code":"E0' },
      message: /areas\.json.*not valid JSON/,
    },
    {
      name: 'schema-invalid',
      fulfil: { status: 200, contentType: 'application/json', body: '[{"code":"nonsense"}]' },
      message: /areas\.json.*expected format/,
    },
  ]
  for (const { name, fulfil, message } of cases) {
    test(`areas.json ${name}`, async ({ page }) => {
      let broken = true
      await page.route('**/data/areas.json', (route) => (broken ? route.fulfill(fulfil) : route.continue()))
      await page.goto('/')
      const alert = page.getByRole('alert').filter({ hasText: message })
      await expect(alert).toBeVisible({ timeout: 20_000 })
      broken = false
      await alert.getByRole('button', { name: 'Try again' }).click()
      await expect(page.getByRole('alert').filter({ hasText: message })).toHaveCount(0, { timeout: 20_000 })
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    })
  }
})
