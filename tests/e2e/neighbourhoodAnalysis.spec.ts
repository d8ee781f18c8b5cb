import { expect, test, type Page } from '@playwright/test'

// The neighbourhood analysis (/neighbourhoods/:code/analysis): the overlap map's key filters the map, a regression
// matches figures worked out here from the published data files, and every choice survives a reload of the address.

const BASE = '/neighbourhoods/E08000016/analysis'

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0, { timeout: 30_000 })
}

/** Sums of squares and cross-products about the means, worked out here independently of the app. */
function sumsOfSquares(pairs: readonly (readonly [number, number])[]) {
  const n = pairs.length
  const mx = pairs.reduce((s, p) => s + p[0], 0) / n
  const my = pairs.reduce((s, p) => s + p[1], 0) / n
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (const [a, b] of pairs) {
    sxx += (a - mx) ** 2
    sxy += (a - mx) * (b - my)
    syy += (b - my) ** 2
  }
  return { n, sxx, sxy, syy }
}

/** Polygons of the map drawn in each fill, read from the map's SVG. */
async function fills(page: Page): Promise<Map<string, number>> {
  const list = await page
    .locator('.leaflet-overlay-pane path')
    .evaluateAll((paths) => paths.map((p) => (p.getAttribute('fill') ?? '').toLowerCase()))
  const counts = new Map<string, number>()
  for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1)
  return counts
}

test('a cell of the overlap key, chosen from the keyboard, shows only its neighbourhoods, and again shows all', async ({
  page,
}) => {
  await page.goto(`${BASE}?analysis=overlap`)
  await settle(page)
  const key = page.getByRole('group', { name: /^Key:/ })
  const cell = key.getByRole('button', { name: /highest third; Share aged 0-15: lowest third/ })
  const count = Number(await cell.locator('.overlap-key__count').innerText())
  expect(count).toBeGreaterThan(0)
  const before = await fills(page)
  expect(before.get('#f8f8f8') ?? 0).toBe(0)
  await cell.focus()
  await page.keyboard.press('Enter')
  await expect(cell).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/cell=3-1/)
  await expect(page.getByRole('status').filter({ hasText: `Showing the ${count} neighbourhoods` })).toBeVisible()
  // Only the chosen cell keeps its colour (#be64ac); every other neighbourhood with figures turns pale.
  const total = [...before.values()].reduce((a, b) => a + b, 0)
  await expect.poll(async () => (await fills(page)).get('#f8f8f8') ?? 0).toBe(total - count)
  expect((await fills(page)).get('#be64ac')).toBe(count)
  // The table twin lists the same neighbourhoods.
  await page.getByText('Show the figures as a table').click()
  await expect(page.locator('#overlap-table tbody tr')).toHaveCount(count)
  await cell.focus()
  await page.keyboard.press('Space')
  await expect(cell).toHaveAttribute('aria-pressed', 'false')
  await expect(page).not.toHaveURL(/cell=/)
  await expect.poll(async () => (await fills(page)).get('#f8f8f8') ?? 0).toBe(0)
})

test('a regression of Barnsley’s burglary rate on income deprivation matches the least squares fit worked out here', async ({
  page,
  request,
}) => {
  // Independently of the app: the published files, and the one-predictor least squares formulas
  // slope = Sxy / Sxx, R² = Sxy² / (Sxx · Syy).
  const index = (await (await request.get('/data/neighbourhoods/index.json')).json()) as {
    areas: Record<string, string[]>
  }
  const read = async (id: string) =>
    (
      (await (await request.get(`/data/neighbourhoods/values/${id}.json`)).json()) as {
        areas: Record<string, (number | null)[]>
      }
    ).areas.E08000016 ?? []
  const y = await read('ind25_burglary')
  const x = await read('imd25_income_score')
  const pairs = x
    .map((xi, i) => [xi, y[i]] as const)
    .filter((p): p is readonly [number, number] => p[0] !== null && p[1] != null)
  expect(pairs.length).toBe(index.areas.E08000016?.length)
  const { n, sxx, sxy, syy } = sumsOfSquares(pairs)
  const slope = sxy / sxx
  const rSquared = (sxy * sxy) / (sxx * syy)

  await page.goto(`${BASE}?analysis=regression&nvar=ind25_burglary&predictors=imd25_income_score`)
  await settle(page)
  const summary = page.getByRole('list', { name: 'Fit' })
  await expect(summary.getByText('Neighbourhoods (n)')).toContainText(String(n))
  await expect(summary.locator('li', { hasText: /^R²/ }).locator('strong')).toHaveText(rSquared.toFixed(3))
  const row = page.getByRole('row', { name: /^Income, 2025: score/ })
  await expect(row.getByRole('cell').first()).toHaveText(slope.toFixed(Math.abs(slope) >= 100 ? 1 : 3))
  await expect(page.getByText(/does not show that any predictor causes the outcome/)).toBeVisible()
  await expect(page.getByText(/the ecological fallacy/)).toBeVisible()
  // Partial plot with its downloads.
  await expect(page.getByRole('heading', { name: /^Effect of each predictor on Burglary/ })).toBeVisible()
})

test('the choices made on the page survive a reload of its address', async ({ page }) => {
  await page.goto(BASE)
  await settle(page)
  const variable = page.getByRole('combobox', { name: 'Variable', exact: true })
  await variable.fill('theft')
  await page.getByRole('option', { name: /^Theft per 1,000/ }).click()
  await page.getByLabel('Number of classes').selectOption('7')
  const add = page.getByRole('combobox', { name: 'Add an authority', exact: true })
  await add.fill('Rotherham')
  await page
    .getByRole('option', { name: /^Rotherham/ })
    .first()
    .click()
  await settle(page)
  const heading = page.getByRole('heading', { level: 2, name: /in 7 quantile classes/ })
  await expect(heading).toContainText('Theft per 1,000 at-risk people')
  await expect(heading).toContainText('Barnsley, Rotherham')
  const url = page.url()
  expect(url).toMatch(/nvar=ind25_theft/)
  expect(url).toMatch(/classes=7/)
  expect(url).toMatch(/compare=E08000018/)
  // The legend counts add up to the neighbourhoods shown, one class per quantile.
  const counts = await page.locator('.map-legend__list').first().locator('.secondary-text').allInnerTexts()
  expect(counts).toHaveLength(7)

  const fresh = await page.context().newPage()
  await fresh.goto(url)
  await settle(fresh)
  await expect(fresh.getByRole('heading', { level: 2, name: /in 7 quantile classes/ })).toHaveText(
    (await heading.innerText()).trim(),
  )
  await expect(fresh.getByLabel('Number of classes')).toHaveValue('7')
  await expect(fresh.getByRole('combobox', { name: 'Variable', exact: true })).toHaveValue(/^Theft per 1,000/)
})

test('England’s correlation and the Tukey comparisons are worked out off the page’s thread and match a fit worked out here', async ({
  page,
  request,
}) => {
  // England's Pearson r between income and employment deprivation, from the published files, independently of the app.
  const read = async (id: string) =>
    (
      (await (await request.get(`/data/neighbourhoods/values/${id}.json`)).json()) as {
        areas: Record<string, (number | null)[]>
      }
    ).areas
  const [xs, ys] = [await read('imd25_income_score'), await read('imd25_employment_score')]
  const pairs: [number, number][] = []
  for (const [code, list] of Object.entries(xs))
    list.forEach((x, i) => {
      const y = ys[code]?.[i]
      if (x !== null && y !== null && y !== undefined) pairs.push([x, y])
    })
  const { n, sxx, sxy, syy } = sumsOfSquares(pairs)
  const r = sxy / Math.sqrt(sxx * syy)

  await page.goto(`${BASE}?analysis=correlation&nvar=imd25_income_score&nvar2=imd25_employment_score`)
  await settle(page)
  const england = page.getByRole('list', { name: 'Correlation' }).locator('li', { hasText: /^England/ })
  await expect(england).toContainText(`n = ${n.toLocaleString('en-GB')}`, { timeout: 20_000 })
  await expect(england.locator('strong')).toHaveText(new RegExp(`^${r.toFixed(2)} \\(`))
  expect(page.workers().some((w) => w.url().includes('heavyAnalyses'))).toBe(true)

  await page.goto(`${BASE}?analysis=compare&compare=E08000019~E08000018`)
  await settle(page)
  await expect(page.getByText(/^One-way analysis of variance: F = /)).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('table', { name: /Tukey/ }).locator('tbody tr')).toHaveCount(3)
  expect(page.workers().some((w) => w.url().includes('heavyAnalyses'))).toBe(true)
})

test('a regression on a small synthetic set gives the hand-worked fit', async ({ page }) => {
  // Five neighbourhoods, served in place of the published files. By hand: mean x 3, mean y 4; Sxx = 10, Sxy = 6,
  // Syy = 6; slope = Sxy / Sxx = 0.6, intercept 4 - 0.6 × 3 = 2.2, R² = Sxy² / (Sxx · Syy) = 0.6.
  const codes = ['E01000001', 'E01000002', 'E01000003', 'E01000004', 'E01000005']
  const files: Record<string, unknown> = {
    'index.json': { lsoaCount: 5, areas: { E08000016: codes } },
    'values/imd25_income_score.json': { id: 'imd25_income_score', areas: { E08000016: [1, 2, 3, 4, 5] } },
    'values/ind25_burglary.json': { id: 'ind25_burglary', areas: { E08000016: [2, 4, 5, 4, 5] } },
  }
  await page.route('**/data/neighbourhoods/**', (route) => {
    const name = Object.keys(files).find((f) => route.request().url().endsWith(`/neighbourhoods/${f}`))
    return name ? route.fulfill({ json: files[name] }) : route.continue()
  })
  await page.goto(`${BASE}?analysis=regression&nvar=ind25_burglary&predictors=imd25_income_score`)
  await settle(page)
  const summary = page.getByRole('list', { name: 'Fit' })
  await expect(summary.getByText('Neighbourhoods (n)')).toContainText('5')
  await expect(summary.locator('li', { hasText: /^R²/ }).locator('strong')).toHaveText('0.600')
  // The coefficient is printed to as many decimals as its scale needs: 0.6 exactly, however many zeros follow.
  const coefficient = page
    .getByRole('row', { name: /^Income, 2025: score/ })
    .getByRole('cell')
    .first()
  await expect(coefficient).toHaveText(/^0\.60*$/)
})
