import { writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectCleanExport } from './support/exportLayout'
import { readJson } from './support/publicData'

const BARNSLEY = 'E08000016'

const dendrogram = (page: Page) =>
  page.locator('figure.chart').filter({ has: page.getByRole('heading', { name: /authorities in \d+ clusters/ }) })

/** Each authority's cluster, read from the dendrogram's table twin. */
async function clusterTable(page: Page): Promise<Map<string, string>> {
  const rows = await dendrogram(page)
    .locator('details tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
    )
  return new Map(rows.map(([name, cluster]) => [name ?? '', cluster ?? '']))
}

async function mates(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: /^Authorities in cluster \d+ with Barnsley/ })
    .getByRole('link')
    .allTextContents()
}

test('choosing indicators and the number of clusters: a dendrogram, Barnsley’s cluster-mates, and a link that reopens the same clusters', async ({
  page,
}) => {
  const indicators: { id: string; shortLabel: string }[] = readJson('indicators.json')
  const label = (id: string) => indicators.find((i) => i.id === id)?.shortLabel ?? id
  await page.goto(`/clusters?area=${BARNSLEY}`)
  await expect(dendrogram(page)).toBeVisible()

  // Add the IMD score, take out the child protection rate, cut into six clusters.
  const imd = page.getByRole('checkbox', { name: new RegExp(`^${label('imd_score')}`) })
  await imd.click()
  await expect(imd).toBeChecked()
  const cpp = page.getByRole('checkbox', { name: new RegExp(`^${label('cpp_rate')}`) })
  await cpp.click()
  await expect(cpp).not.toBeChecked()
  await page.getByLabel('Number of clusters').selectOption('6')
  await expect(page).toHaveURL(/clusters=6/)
  await expect(page).toHaveURL(/indicators=cin_rate~cla_rate~spend_cyp_per_child~imd_score/)
  await expect(dendrogram(page).getByRole('heading')).toHaveText(
    /^\d+ authorities in 6 clusters on 4 measures, in \d{4}$/,
  )

  // The tree: n − 1 brackets for n authorities, six numbered clusters in the legend and Barnsley marked.
  const n = Number((await dendrogram(page).getByRole('heading').textContent())?.match(/^(\d+)/)?.[1])
  expect(n).toBeGreaterThan(140)
  await expect(dendrogram(page).locator('svg.chart__svg path[fill="none"]')).toHaveCount(n - 1)
  await expect(
    dendrogram(page)
      .locator('.chart__legend li')
      .filter({ hasText: /^Cluster \d+ \(\d+\)$/ }),
  ).toHaveCount(6)
  await expect(dendrogram(page).locator('svg.chart__svg')).toContainText(/Barnsley \(cluster \d\)/)

  // The cluster-mates are exactly the authorities the table puts in Barnsley's cluster, each linking to its profile.
  const table = await clusterTable(page)
  expect(table.size).toBe(n)
  const own = table.get('Barnsley')
  const expected = [...table].filter(([name, c]) => c === own && name !== 'Barnsley').map(([name]) => name)
  const before = await mates(page)
  expect(before.sort()).toEqual(expected.sort())
  expect(before.length).toBeGreaterThan(0)
  const firstMate = page
    .getByRole('list', { name: /^Authorities in cluster/ })
    .getByRole('link')
    .first()
  await expect(firstMate).toHaveAttribute('href', /\/area\/E\d{8}$/)
  // Each cluster is described in words.
  await expect(page.locator('.cluster-profiles li')).toHaveCount(6)
  await expect(page.locator('.cluster-profiles li').first()).toHaveText(
    /^Cluster 1 \(\d+ authorit(y|ies)\): .*(average|SD)/,
  )

  // Reopening the link gives the same clusters.
  const url = page.url()
  await page.goto('about:blank')
  await page.goto(url)
  await expect(dendrogram(page)).toBeVisible()
  expect(await clusterTable(page)).toEqual(table)
  expect((await mates(page)).sort()).toEqual(before.sort())
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${label('imd_score')}`) })).toBeChecked()
  await expect(page.getByLabel('Number of clusters')).toHaveValue('6')
})

test('change per year over a range: the years and the basis go into the link', async ({ page }) => {
  await page.goto(`/clusters?area=${BARNSLEY}`)
  await expect(dendrogram(page)).toBeVisible()
  // A click, then a retried check: the radio is checked once the router's navigation to the new URL commits.
  const change = page.getByRole('radio', { name: /average change per year/ })
  await change.click()
  await expect(change).toBeChecked()
  await expect(page).toHaveURL(/basis=change/)
  await page.getByLabel('From year').selectOption('2018')
  await page.getByLabel('To year').selectOption('2023')
  await expect(page).toHaveURL(/from=2018&to=2023/)
  await expect(dendrogram(page).getByRole('heading')).toHaveText(/clusters on \d+ measures, from 2018 to 2023$/)
  const table = await clusterTable(page)
  await page.reload()
  await expect(dendrogram(page)).toBeVisible()
  expect(await clusterTable(page)).toEqual(table)
  // The method says how change per year is measured.
  await expect(page.getByText(/least-squares slope through its figures/)).toBeVisible()
})

test('keyboard: the number of clusters and the dendrogram work without a mouse', async ({ page }) => {
  await page.goto(`/clusters?area=${BARNSLEY}`)
  await expect(dendrogram(page)).toBeVisible()
  const k = page.getByLabel('Number of clusters')
  await k.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(/clusters=5/)
  await expect(dendrogram(page).getByRole('heading')).toHaveText(/in 5 clusters/)

  // Tab from the select reaches the dendrogram; the arrow keys read its authorities in tree order.
  const svg = dendrogram(page).locator('svg.chart__svg')
  for (let i = 0; i < 40 && !(await svg.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(svg).toBeFocused()
  const firstRow = dendrogram(page).locator('details tbody tr').first()
  const firstName = (await firstRow.locator('th').textContent()) ?? ''
  const firstCluster = (await firstRow.locator('td').first().textContent()) ?? ''
  await page.keyboard.press('ArrowRight')
  const readout = dendrogram(page).locator('[aria-live="polite"]')
  await expect(readout).toHaveText(new RegExp(`^${firstName}: cluster ${firstCluster} of 5\\.`))
  await page.keyboard.press('End')
  const lastName = (await dendrogram(page).locator('details tbody tr').last().locator('th').textContent()) ?? ''
  await expect(readout).toHaveText(new RegExp(`^${lastName}: cluster 5 of 5\\.`))
  await page.keyboard.press('Escape')
  await expect(readout).toHaveText('')
})

test('the dendrogram exports cleanly as a picture, with its legend and the authority marked', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto(`/clusters?area=${BARNSLEY}&clusters=5`)
  await expect(dendrogram(page)).toBeVisible()
  const markup = await expectCleanExport(page, browser, dendrogram(page), /^barnsley-5-clusters-\d{4}\.svg$/)
  for (const words of ['Cluster 5', 'Cut: 5 clusters', 'Barnsley (cluster']) expect(markup).toContain(words)
  writeFileSync(testInfo.outputPath('dendrogram.svg'), markup)
})

test('the dendrogram goes into a briefing, redrawn from its view with the authority’s sentence', async ({ page }) => {
  await page.goto(`/clusters?area=${BARNSLEY}&clusters=5`)
  await expect(dendrogram(page)).toBeVisible()
  const title = (await dendrogram(page).getByRole('heading').textContent()) ?? ''
  await dendrogram(page)
    .getByRole('button', { name: /^Add to briefing/ })
    .click()
  await expect(dendrogram(page).getByRole('status')).toContainText('Added to My briefing (1 item)')
  await page.goto('/briefing')
  await expect(page.locator('.briefing-item__title')).toHaveText([title])
  await expect(page.getByLabel('What it says')).toHaveValue(
    /^Barnsley is in cluster \d of 5, with \d+ other authorities/,
  )
  await expect(page.locator('img.briefing-item__picture')).toHaveCount(1, { timeout: 60_000 })
})

test('on a phone the chosen authority’s label stays inside the dendrogram, for the longest name at either end', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 })
  // Bournemouth, Christchurch and Poole has the longest name: its label must be moved in to stay inside the chart.
  for (const code of ['E06000058', 'E08000031']) {
    await page.goto(`/clusters?area=${code}`)
    const svg = dendrogram(page).locator('svg.chart__svg')
    await expect(svg).toBeVisible()
    const { label, frame } = await svg.evaluate((el) => {
      const text = [...el.querySelectorAll('text')].find((t) => /\(cluster \d+\)$/.test(t.textContent ?? ''))
      const r = text?.getBoundingClientRect()
      const f = el.getBoundingClientRect()
      return { label: r ? [r.left, r.right] : null, frame: [f.left, f.right] }
    })
    expect(label, code).not.toBeNull()
    expect(label?.[0] ?? 0, code).toBeGreaterThanOrEqual((frame[0] ?? 0) - 0.5)
    expect(label?.[1] ?? 0, code).toBeLessThanOrEqual((frame[1] ?? 0) + 0.5)
  }
})
