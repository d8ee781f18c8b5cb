import { expect, test, type Page } from '@playwright/test'

// Charts are laid out for their own width: on a phone no chart text may be smaller than 12 CSS pixels (a fixed
// 640-unit drawing scaled down to a 375 px screen made it 5-7 px). Measured in the browser: each text's font size in
// SVG units times the SVG's rendered scale. Nothing may overflow the screen sideways either: not the page, not a chart.

const PAGES: { route: string; load?: (page: Page) => Promise<void> }[] = [
  { route: '/area/E08000016' },
  { route: '/compare?area=E08000035&indicator=cla_rate' },
  { route: '/deprivation?area=E06000009&indicator=cpp_rate' },
  { route: '/spending/E08000016' },
  {
    // /gradient draws its charts once there are figures: the built-in synthetic example gives it some.
    route: '/gradient/E08000016',
    load: async (page) => {
      await page.getByRole('button', { name: 'Use a synthetic example' }).click({ timeout: 20_000 })
      await expect(
        page.getByRole('heading', { name: 'Results for Barnsley (synthetic example — not real data)' }),
      ).toBeVisible({ timeout: 20_000 })
    },
  },
]

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0, { timeout: 20_000 })
}

/** The smallest rendered font size of any text in any chart, with where it is. */
async function smallestChartText(page: Page) {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '', chart: '' }
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg')) {
      // A chart inside a closed disclosure is not drawn: nothing to read there.
      if (svg.getBoundingClientRect().width === 0) continue
      const box = svg.viewBox.baseVal
      const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1
      for (const text of svg.querySelectorAll('text')) {
        if (!text.textContent?.trim()) continue
        const px = parseFloat(getComputedStyle(text).fontSize) * scale
        if (px < smallest.px)
          smallest = {
            px,
            text: text.textContent,
            chart: svg.closest('figure')?.querySelector('h2, h3')?.textContent ?? '',
          }
      }
    }
    return smallest
  })
}

/** The page's width beyond the screen, the charts that reach past its edges, and chart text cut off at a chart's edge. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')]
      .map((svg) => ({ svg, box: svg.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0)
    const titleOf = (svg: SVGSVGElement) => svg.closest('figure')?.querySelector('h2, h3')?.textContent ?? ''
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      charts: svgs
        .filter(({ box }) => box.left < -0.5 || box.right > window.innerWidth + 0.5)
        .map(({ svg }) => titleOf(svg)),
      cutText: svgs.flatMap(({ svg, box }) =>
        [...svg.querySelectorAll('text')]
          .filter((t) => t.textContent?.trim())
          .filter((t) => {
            const r = t.getBoundingClientRect()
            return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          })
          .map((t) => `"${t.textContent}" in "${titleOf(svg)}"`),
      ),
    }
  })
}

for (const width of [320, 375]) {
  test.describe(`charts at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })
    for (const { route, load } of PAGES) {
      test(`${route}: no chart text under 12 px, nothing wider than the screen`, async ({ page }) => {
        await page.goto(route)
        await settle(page)
        if (load) {
          await load(page)
          await settle(page)
        }
        await expect(page.locator('figure.chart svg').first()).toBeVisible()
        const smallest = await smallestChartText(page)
        expect(smallest.px, `"${smallest.text}" in "${smallest.chart}"`).toBeGreaterThanOrEqual(11.99)
        expect(await horizontalOverflow(page)).toEqual({ page: 0, charts: [], cutText: [] })
      })
    }
  })
}

test('the ranked bars of all of England are compact, and reference names do not overprint', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/deprivation?area=E06000009&indicator=cpp_rate')
  await settle(page)
  // A click, then a retried check: the page re-renders in a router transition, so the box ticks a moment later.
  const allAuthorities = page.getByRole('radio', { name: 'All authorities', exact: true })
  await allAuthorities.click()
  await expect(allAuthorities).toBeChecked()
  const chart = page.locator('figure.chart', { hasText: 'adjusted for IMD score (2025), all authorities' })
  await expect(chart.getByText(/the table lists all \d+/)).toBeVisible()
  const svgHeight = await chart
    .locator('svg')
    .first()
    .evaluate((svg) => svg.getBoundingClientRect().height)
  expect(svgHeight).toBeLessThan(1400)
  // Every authority is still in the table twin.
  await expect(chart.locator('table tbody tr')).toHaveCount(await chart.locator('table tbody tr').count())
  const boxes = await chart
    .locator('svg text')
    .filter({ hasText: /^(England|Average deprivation|Group)$/ })
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right, r.top, r.bottom]))
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i] ?? [], boxes[j] ?? []]
      const overlap =
        (a[0] ?? 0) < (b[1] ?? 0) && (b[0] ?? 0) < (a[1] ?? 0) && (a[2] ?? 0) < (b[3] ?? 0) && (b[2] ?? 0) < (a[3] ?? 0)
      expect(overlap).toBe(false)
    }
})

test('on a phone the highlighted authority at the extreme keeps its name inside the deprivation scatter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 })
  // Blackpool has England's highest rates of children looked after and on a plan, and is among the most deprived:
  // its point sits in the top right-hand corner, where a label drawn to the right ran off the chart.
  for (const indicator of ['cpp_rate', 'cla_rate']) {
    await page.goto(`/deprivation?area=E06000009&indicator=${indicator}`)
    await settle(page)
    const scatter = page.locator('figure.chart', {
      has: page.getByRole('heading', { name: /against IMD score \(2025\), by authority/ }),
    })
    const svg = scatter.locator('svg.chart__svg')
    const label = svg.locator('text', { hasText: /^Blackpool$/ })
    await expect(label).toHaveCount(1)
    const [outer, inner] = await Promise.all([svg.boundingBox(), label.boundingBox()])
    if (!outer || !inner) throw new Error(`${indicator}: the scatter or its label is not drawn`)
    expect(inner.x, indicator).toBeGreaterThanOrEqual(outer.x)
    expect(inner.y, indicator).toBeGreaterThanOrEqual(outer.y)
    expect(inner.x + inner.width, indicator).toBeLessThanOrEqual(outer.x + outer.width)
    expect(inner.y + inner.height, indicator).toBeLessThanOrEqual(outer.y + outer.height)
  }
})
