import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import * as XLSX from 'xlsx'
import { seriousAxeViolations } from './support/axe'

// /gradient/:code: a council's own counts by neighbourhood, read and summed in the browser. Barnsley (E08000016)
// throughout; its 2011 LSOAs run from E01007434 (Barnsley 001A). E01007287 is in Wirral; E01032550 (2011) was split
// into E01034258 and E01034259 (2021).
const PAGE = '/gradient/E08000016'
const BARNSLEY = ['E01007434', 'E01007435', 'E01007436', 'E01007437']

async function open(page: Page) {
  await page.goto(PAGE)
  await expect(page.getByRole('heading', { level: 1, name: 'Your own gradient: Barnsley' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Use a synthetic example' })).toBeVisible({ timeout: 20_000 })
}

async function upload(page: Page, name: string, contents: string | Buffer) {
  await page.getByLabel('Choose a CSV or Excel (.xlsx) file of counts by neighbourhood').setInputFiles({
    name,
    mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
    buffer: typeof contents === 'string' ? Buffer.from(contents) : contents,
  })
}

async function problemsFor(page: Page, name: string, contents: string | Buffer): Promise<string> {
  await upload(page, name, contents)
  const alert = page.getByRole('alert').filter({ hasText: 'could not be used' })
  await expect(alert, name).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Results for/ }), name).toHaveCount(0)
  return (await alert.textContent()) ?? ''
}

test('the synthetic example for Barnsley shows rates by decile, the gradient and the label everywhere', async ({
  page,
}) => {
  await open(page)
  await page.getByRole('button', { name: 'Use a synthetic example' }).click()
  await expect(
    page.getByRole('heading', { name: 'Results for Barnsley (synthetic example — not real data)' }),
  ).toBeVisible()
  for (const name of ['Children on a child protection plan', 'Children looked after'])
    await expect(
      page.getByRole('heading', { level: 2, name: `${name} (synthetic example — not real data)` }),
    ).toBeVisible()
  // CWIP's rates give about 1.3 per decile step; a random draw for Barnsley lands near it.
  const gradient = (await page.getByTestId('gradient-cla').textContent()) ?? ''
  const multiplier = Number(/^([\d.]+) \(95% CI ([\d.]+) to ([\d.]+)\)$/.exec(gradient)?.[1])
  expect(multiplier).toBeGreaterThan(1.1)
  expect(multiplier).toBeLessThan(1.6)
  const table = page.getByRole('table', {
    name: /Children looked after per 10,000 children by deprivation decile, Barnsley/,
  })
  await page.getByText('Show the figures as a table').nth(1).click()
  await expect(table.getByRole('row')).toHaveCount(11)
  await expect(table.getByRole('rowheader', { name: '1 (most deprived 10%)' })).toBeVisible()
  await expect(page.locator('.chart svg').first()).toBeVisible()
  await expect(page.locator('.leaflet-overlay-pane path')).toHaveCount(147)
  // The CSV download carries the label, "not published" provenance and the disclosure rule, and no LSOA codes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all results (CSV)' }).click(),
  ])
  const csv = readFileSync((await download.path()) ?? '', 'utf8')
  expect(csv).toContain('Synthetic example — not real data')
  expect(csv).toContain('Disclosure control: no figure for a single neighbourhood')
  expect(csv).not.toMatch(/E01\d{6}/)
})

test('a real-looking file: variant headers are confirmed, suppressed cells kept unknown, no request carries the data', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = []
  await page.route('**/*', async (route) => {
    const request = route.request()
    requests.push(
      `${request.method()} ${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`,
    )
    await route.continue()
  })
  await open(page)
  const template = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a template for Barnsley (CSV)' }).click(),
  ]).then(([d]) => d.path().then((p) => readFileSync(p ?? '', 'utf8')))
  const codes = template
    .replace(/^\ufeff/, '')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
  expect(codes).toHaveLength(147)
  // A distinctive marker in an ignored column shows whether the file's contents travel anywhere.
  const marker = 'PRIVATE-MARKER-7f3a9c'
  const csv = `LSOA code,Children on a plan,Looked after children,note\n${codes
    .map((c, i) => `${c},${i % 17 === 0 ? 'c' : (i % 7) + 2},${(i % 5) + 3},${marker}`)
    .join('\n')}\n`
  await upload(page, 'counts.csv', csv)
  await expect(page.getByRole('heading', { name: 'Check what the columns mean' })).toBeVisible()
  await expect(page.getByLabel('Column “Children on a plan”')).toHaveValue('cpp')
  await expect(page.getByLabel('Column “Looked after children”')).toHaveValue('cla')
  await page.getByRole('button', { name: 'Compute with these columns' }).click()
  await expect(page.getByRole('heading', { name: 'Results for Barnsley' })).toBeVisible()
  await expect(page.getByText(/9 suppressed and 0 blank cells are unknown, never 0/)).toBeVisible()
  await expect(page.locator('.gradient-results').getByText(/synthetic example/i)).toHaveCount(0)
  await expect(
    page.getByText(/Computed in the browser from the council's own data; not published/).first(),
  ).toBeVisible()
  for (const r of requests) {
    expect(r.startsWith('GET '), r).toBe(true)
    expect(r.split(' ')[1]?.startsWith(baseURL ?? 'x'), r).toBe(true)
    expect(r).not.toContain(marker)
    expect(r).not.toContain('Children on a plan')
  }
})

test('an Excel workbook is read in the browser', async ({ page }) => {
  await open(page)
  const book = XLSX.utils.book_new()
  const rows = [['lsoa_code', 'cla'], ...BARNSLEY.map((c) => [c, 12])]
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1')
  await upload(page, 'counts.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer)
  await expect(page.getByRole('heading', { name: 'Results for Barnsley' })).toBeVisible()
  await expect(page.getByText(/143 of Barnsley's 147 neighbourhoods \(2011 LSOAs\) are not in the file/)).toBeVisible()
})

test('a file of 2021 codes is read against the IoD2025 deciles, and 2011 codes can be moved onto 2021', async ({
  page,
}) => {
  await open(page)
  // Barnsley's 148 2021 LSOAs, as the neighbourhood file the build writes lists them.
  const lsoa21 = JSON.parse(readFileSync('public/data/lsoa/2021/E08000016.json', 'utf8')) as {
    topology: { objects: Record<string, { geometries: { properties: { code: string } }[] }> }
  }
  const codes21 = Object.values(lsoa21.topology.objects)[0]?.geometries.map((g) => g.properties.code) ?? []
  expect(codes21).toHaveLength(148)
  await upload(page, 'counts-2021.csv', `lsoa_code,cpp\n${codes21.map((c, i) => `${c},${(i % 6) + 1}`).join('\n')}\n`)
  await expect(page.getByRole('heading', { name: 'Results for Barnsley' })).toBeVisible()
  await expect(page.getByText(/English Indices of Deprivation 2025 deciles of the 2021 LSOAs/)).toBeVisible()
  await expect(page.getByText(/an estimate of children aged 0-17/)).toBeVisible()
  await expect(page.locator('.leaflet-overlay-pane path')).toHaveCount(148)

  await page.getByLabel('Move 2011 codes onto 2021 neighbourhoods (Indices of Deprivation 2025)').check()
  await upload(page, 'counts-2011.csv', `lsoa_code,cla\n${BARNSLEY.map((c) => `${c},12`).join('\n')}\n`)
  await expect(page.getByText(/English Indices of Deprivation 2025 deciles of the 2021 LSOAs/)).toBeVisible()
  await expect(page.getByText(/The 2011 codes were moved onto 2021 LSOAs with the ONS lookup/)).toBeVisible()
  await expect(page.getByText(/143 of Barnsley's 147 neighbourhoods \(2011 LSOAs\) are not in the file/)).toBeVisible()
})

test('each kind of bad file gets its own message, naming rows and columns, and nothing is computed', async ({
  page,
}) => {
  await open(page)
  const ok = BARNSLEY.map((c) => `${c},3`).join('\n')
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['empty.csv', '', /"empty.csv" is empty/],
    ['header-only.csv', 'lsoa_code,cpp\n', /header row but no data rows/],
    ['big.csv', Buffer.alloc(6 * 1024 * 1024, 'a'), /files of up to 5 MB are read/],
    ['no-lsoa.csv', `code,cpp\n${ok}\n`, /Row 1 has no column of LSOA codes/],
    ['no-count.csv', `lsoa_code,total\n${ok}\n`, /Row 1 has no count column/],
    [
      'unknown.csv',
      `lsoa_code,cpp\n${ok}\nE01999999,2\n`,
      /1 row in column "lsoa_code" has no English LSOA code.*row 6 \(E01999999\)/,
    ],
    [
      'outside.csv',
      `lsoa_code,cpp\n${ok}\nE01007287,2\n`,
      /1 neighbourhood in the file is not in Barnsley: 1 in Wirral: E01007287 \(row 6\)/,
    ],
    ['mixed.csv', `lsoa_code,cpp\n${ok}\nE01032550,2\nE01034258,1\n`, /mixes 2011 and 2021 LSOA codes/],
    ['duplicate.csv', `lsoa_code,cpp\n${ok}\nE01007434,2\n`, /E01007434 in rows 2 and 6/],
    ['negative.csv', `lsoa_code,cpp\n${ok}\nE01007438,-2\n`, /Counts cannot be negative: row 6 column "cpp" \("-2"\)/],
    ['text.csv', `lsoa_code,cpp\n${ok}\nE01007438,two\n`, /row 6 column "cpp" \("two"\)/],
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /old-style Excel file/],
  ]
  for (const [name, contents, message] of cases) expect(await problemsFor(page, name, contents)).toMatch(message)
})

test.describe('with results on the page', () => {
  test('reflows at 320 px without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await open(page)
    await page.getByRole('button', { name: 'Use a synthetic example' }).click()
    await expect(page.getByRole('heading', { name: /^Results for Barnsley/ })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  test.describe('axe', () => {
    test.use({ bypassCSP: true })
    test('has no serious or critical violations', async ({ page }) => {
      await open(page)
      await page.getByRole('button', { name: 'Use a synthetic example' }).click()
      await expect(page.getByRole('heading', { name: /^Results for Barnsley/ })).toBeVisible()
      const violations = await seriousAxeViolations(page)
      expect(violations).toEqual([])
    })
  })
})

test('results stay in the address: a reload shows them again, and a briefing item redraws them from it', async ({
  page,
}) => {
  await open(page)
  await page.getByRole('button', { name: 'Use a synthetic example' }).click()
  const heading = page.getByRole('heading', { name: 'Results for Barnsley (synthetic example — not real data)' })
  await expect(heading).toBeVisible()
  await expect(page).toHaveURL(/\/gradient\/E08000016#result=g1\./)
  const gradient = await page.getByTestId('gradient-cla').textContent()

  await page.reload()
  await expect(heading).toBeVisible({ timeout: 20_000 })
  await expect(page.getByTestId('gradient-address-note')).toContainText('Shown again from this page’s address')
  await expect(page.getByTestId('gradient-cla')).toHaveText(gradient ?? 'x')

  const title = 'Children looked after per 10,000 children by deprivation decile, Barnsley'
  await page.getByRole('button', { name: new RegExp(`^Add to briefing ?: ${title}`) }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toBeVisible()
  await page.goto('/briefing')
  const item = page.getByRole('listitem').filter({ hasText: title })
  await expect(item).toHaveCount(1)
  const sentence = item.getByLabel('What it says')
  await expect(sentence).toHaveValue(
    new RegExp(
      `^Barnsley \\(synthetic example — not real data\\): the rate of children looked after is ${gradient?.split(' ')[0]} times as high for each step of one decile`,
    ),
  )
  await expect(sentence).toHaveValue(/Synthetic example — not real data: counts drawn at random/)
  // Drawn afresh from the results in the item's link, through the gradient page in a hidden frame.
  const picture = item.locator('img.briefing-item__picture')
  await expect(picture).toBeVisible({ timeout: 45_000 })
  await expect(picture).toHaveAttribute('alt', /deprivation decile/)
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
})

test('a damaged results link says so and leaves the page usable', async ({ page }) => {
  await page.goto(`${PAGE}#result=g1.AAAAzzzz`)
  const alert = page.getByRole('alert').filter({ hasText: 'The results in this link cannot be shown' })
  await expect(alert).toBeVisible({ timeout: 20_000 })
  await expect(alert).toContainText('damaged')
  await page.getByRole('button', { name: 'Use a synthetic example' }).click()
  await expect(page.getByRole('heading', { name: /^Results for Barnsley/ })).toBeVisible()
  await expect(alert).toHaveCount(0)
})
