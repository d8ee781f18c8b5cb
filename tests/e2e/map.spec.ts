import { expect, test } from '@playwright/test'
import { FIRST_LOAD } from './support/firstLoad'
import { readJson } from './support/publicData'

test('the England map follows the indicator and year controls, in the legend and the URL', async ({ page }) => {
  const cpp = readJson('series/cpp_rate.json')
  const last: number = cpp.years[cpp.years.length - 1]
  await page.goto('/map')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map of England')
  await expect(page.locator('path.map-area').first()).toBeVisible(FIRST_LOAD)

  const picker = page.getByRole('combobox', { name: 'Indicator' })
  await picker.click()
  await picker.fill('child protection plan rate')
  await page.getByRole('option', { name: /^Children on a child protection plan at 31 March per 10,000/ }).click()
  await expect(page).toHaveURL(/\/map\?indicator=cpp_rate$/)
  const legend = page.locator('.map-legend')
  await expect(legend.locator('.map-legend__title')).toHaveText(
    `Child protection plan rate, per 10,000 children (year ending 31 March ${last})`,
  )
  await expect(legend).toContainText('Classes are quintiles')
  await expect(legend).toContainText('City of London')

  await page.getByRole('button', { name: 'Previous year' }).click()
  await expect(page).toHaveURL(new RegExp(`indicator=cpp_rate&year=${last - 1}$`))
  await expect(legend.locator('.map-legend__title')).toHaveText(
    `Child protection plan rate, per 10,000 children (year ending 31 March ${last - 1})`,
  )

  // The slider is keyboard operable: Home jumps to the first year the indicator covers.
  await page.getByRole('slider', { name: /Year/ }).focus()
  await page.keyboard.press('Home')
  await expect(page).toHaveURL(new RegExp(`year=${cpp.years[0]}$`))
})

test('Play steps the map through the years, the year shown large, and Pause stops it', async ({ page }) => {
  const cpp = readJson('series/cpp_rate.json')
  const [first, second, third] = cpp.years as number[]
  await page.goto(`/map?indicator=cpp_rate&year=${first}`)
  await expect(page.locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
  await page.getByLabel('Speed').selectOption({ label: 'Fast' })
  await page.getByRole('button', { name: 'Play through the years' }).click()
  await expect(page).toHaveURL(new RegExp(`year=${second}$`))
  await expect(page.getByTestId('playing-year')).toHaveText(`year ending 31 March ${second}`)
  await expect(page).toHaveURL(new RegExp(`year=${third}$`))
  await page.getByRole('button', { name: 'Pause' }).click()
  const paused = page.url()
  await expect(page.getByTestId('playing-year')).toHaveCount(0)
  await page.waitForTimeout(1500)
  expect(page.url()).toBe(paused)
})

test('hovering or focusing an authority shows its name, value, rank and year; Enter opens its profile', async ({
  page,
}) => {
  const cpp = readJson('series/cpp_rate.json')
  const i = cpp.years.indexOf(2024)
  const hartlepool = cpp.values.E06000001[i] as number
  await page.goto('/map?indicator=cpp_rate&year=2024')
  // A closing tooltip fades out for 200 ms, so the newest one is the last in the page.
  const tooltip = page.locator('.map-tooltip').last()

  const polygon = page.locator('path.map-area[data-code="E06000001"]')
  await polygon.focus()
  await expect(tooltip).toContainText('Hartlepool')
  await expect(tooltip).toContainText(`Year ending 31 March 2024: ${hartlepool.toFixed(1)} per 10,000`)
  await expect(tooltip).toContainText(/Rank \d+ of \d+ \(1 = highest\)/)
  await expect(polygon).toHaveAttribute('aria-label', /^Hartlepool\. Year ending 31 March 2024: /)
  // A focus ring (yellow over black) is drawn above the neighbours, one at a time.
  const ring = page.locator('.leaflet-overlay-pane path[stroke="#ffdd00"]')
  await expect(ring).toHaveCount(1)

  // A suppressed figure is spelt out, never shown as a number.
  await page.locator('path.map-area[data-code="E09000001"]').focus()
  await expect(tooltip).toContainText('suppressed to protect confidentiality')
  await expect(ring).toHaveCount(1)

  await page.locator('path.map-area[data-code="E08000016"]').hover()
  await expect(tooltip).toContainText('Barnsley')

  await polygon.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/area\/E06000001\?indicator=cpp_rate&year=2024$/)
})

test('the table lists every drawn authority and sorts by rank; London can be zoomed to', async ({ page }) => {
  await page.goto('/map?indicator=cpp_rate&year=2024')
  const table = page.getByRole('table', { name: /every authority with its value, rank and quartile band/ })
  // Wait for the map to draw before counting its polygons (a count taken earlier would be 0).
  await expect.poll(() => page.locator('path.map-area').count(), FIRST_LOAD).toBeGreaterThan(100)
  await expect(table.locator('tbody tr')).toHaveCount(await page.locator('path.map-area').count())
  await table.getByRole('button', { name: /Rank/ }).click()
  await expect(table.locator('tbody tr').first().locator('td').nth(1)).toHaveText(/^1 of \d+$/)
  await expect(table.getByRole('columnheader', { name: /Rank/ })).toHaveAttribute('aria-sort', 'ascending')

  // Every authority is a tab stop, so a link lets keyboard users skip them.
  await page.getByRole('link', { name: 'Skip the map and go to the table' }).click()
  await expect(page.locator('#england-map-table')).toBeFocused()

  const zoom = page.getByRole('button', { name: 'Zoom to London' })
  await zoom.click()
  await expect(page.getByRole('button', { name: 'Show all of England' })).toHaveAttribute('aria-pressed', 'true')
})

test('the neighbourhood map draws every 2021 LSOA of Hartlepool by IMD 2025 decile, and IoD2019 on request', async ({
  page,
}) => {
  const deciles = readJson('deprivation/lsoa21_deciles.json')
  const hartlepool = deciles.areas.E06000001
  // Golden: IoD2025 File 10, Hartlepool has 42.11% of its LSOAs in the most deprived 10%: 24 of 57.
  expect(hartlepool.total).toBe(57)
  expect(hartlepool.byDecile[0]).toBe(24)
  await page.goto('/neighbourhoods/E06000001')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neighbourhoods in Hartlepool')
  await expect(page.locator('path.map-area')).toHaveCount(57, FIRST_LOAD)
  await expect(page.getByText("24 of Hartlepool's 57 neighbourhoods (42.1%)")).toBeVisible()
  const table = page.getByRole('table', { name: /rank and decile of each neighbourhood/ })
  await expect(table.locator('tbody tr')).toHaveCount(57)
  await expect(table.getByRole('columnheader', { name: 'Ward' })).toBeVisible()

  const first = page.locator('path.map-area').first()
  await first.focus()
  const tooltip = page.locator('.map-tooltip').last()
  await expect(tooltip).toContainText(/E01\d{6}/)
  await expect(tooltip).toContainText(/Rank [\d,]+ of 33,755 \(1 = most deprived\)/)

  await page.getByLabel('Measure').selectOption('idaci')
  await expect(page).toHaveURL(/domain=idaci$/)
  await expect(page.locator('.map-legend__title')).toHaveText(
    'Income deprivation affecting children (IDACI), national decile',
  )

  // The measure is URL state: a reload (or a shared link) shows the same one; an unknown one says so.
  await page.reload()
  await expect(page.getByLabel('Measure')).toHaveValue('idaci')
  await page.goto('/neighbourhoods/E06000001?domain=weather')
  await expect(page.getByRole('region', { name: 'Link notices' })).toContainText(
    'There is no deprivation domain "weather"',
  )
  await expect(page.locator('.map-legend__title')).toHaveText(
    'Index of Multiple Deprivation (overall), national decile',
  )

  // IoD2019 on 2011 LSOAs (IDACI is not in those files, so the overall IMD is shown).
  await page.getByLabel('Edition').selectOption('2019')
  await expect(page).toHaveURL(/edition=2019$/)
  await expect(page.locator('path.map-area')).toHaveCount(58)
  await expect(page.getByText("21 of Hartlepool's 58 neighbourhoods (36.2%)")).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Ward' })).toHaveCount(0)
})

test('an unknown authority code gets a helpful notice with a way back, never a blank page', async ({ page }) => {
  await page.goto('/neighbourhoods/E99999999')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neighbourhood map not available')
  await expect(page.getByRole('alert')).toContainText('No local authority has the code "E99999999"')
  await page.getByRole('link', { name: 'Choose an authority' }).click()
  await expect(page).toHaveURL(/\/neighbourhoods$/)

  // A former authority points to the authorities that now cover its area.
  await page.goto('/neighbourhoods/E10000006')
  await expect(page.getByRole('alert')).toContainText('There is no neighbourhood map for Cumbria, a former authority.')
  await page.getByRole('link', { name: 'Cumberland' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neighbourhoods in Cumberland')
})

test('the map page works at 320 px wide without horizontal scrolling, with reduced motion', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/map?indicator=cpp_rate')
  await expect(page.locator('path.map-area').first()).toBeVisible(FIRST_LOAD)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await page.getByRole('button', { name: 'Zoom to London' }).click()
  // Zoomed to London, Camden is drawn wide enough to point at (at England scale it is a few pixels across).
  const camden = page.locator('path.map-area[data-code="E09000007"]')
  await expect.poll(async () => (await camden.boundingBox())?.width ?? 0).toBeGreaterThan(20)
})

test('the map table gives each authority the rank in England and quartile band its own pages give, polarity-aware', async ({
  page,
}) => {
  const cases = [
    // More intervention is not better or worse: rank 1 is the highest and the band is only a quarter.
    {
      indicator: 'cpp_rate',
      year: 2024,
      code: 'E08000016',
      name: 'Barnsley',
      rankEnd: '1 = highest',
      judged: false,
      deprivation: false,
    },
    // IoD2019 (an edition year) was published on the 2019 boundaries: Bournemouth, Christchurch and Poole is ranked.
    // Deprivation describes the area, not its council: its band and rank order say how deprived, not better or worse.
    {
      indicator: 'imd_score',
      year: 2019,
      code: 'E06000058',
      name: 'Bournemouth, Christchurch and Poole',
      rankEnd: '1 = lowest, the least deprived',
      judged: false,
      deprivation: true,
    },
  ]
  for (const { indicator, year, code, name, rankEnd, judged, deprivation } of cases) {
    await page.goto(`/compare?area=${code}&indicator=${indicator}&year=${year}`)
    const figures = page.getByRole('list', { name: 'Key figures' })
    const figure = (label: string) => figures.getByRole('listitem').filter({ hasText: label }).locator('strong')
    await expect(figure('Rank in England')).toHaveText(/^\d+ of \d+$/, FIRST_LOAD)
    const rank = await figure('Rank in England').innerText()
    const band = await figure('Quartile band in England').innerText()
    expect(band).toMatch(judged ? /^[ABCD] \(the (best|second-best|second-worst|worst) quarter\)$/ : /quarter$/)
    if (!judged) expect(band).not.toMatch(/best|worst|^[ABCD] /)

    await page.goto(`/map?indicator=${indicator}&year=${year}`)
    const table = page.getByRole('table', { name: /every authority with its value, rank and quartile band/ })
    await expect(table.getByRole('columnheader', { name: `Rank in England (${rankEnd})` })).toBeVisible(FIRST_LOAD)
    await expect(table.getByRole('columnheader', { name: 'Quartile band in England' })).toBeVisible()
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })
    await expect(row.locator('td').nth(1)).toHaveText(rank)
    await expect(row.locator('td').nth(2)).toHaveText(band)
    const bands = await table.locator('tbody td:nth-of-type(3)').allInnerTexts()
    expect(bands.length).toBeGreaterThan(140)
    for (const text of bands)
      expect(text).toMatch(
        judged
          ? /^([ABCD] \(the .* quarter\)|–)$/
          : deprivation
            ? /^((most|second most|second least|least) deprived quarter|–)$/
            : /^((lowest|second-lowest|second-highest|highest) quarter|–)$/,
      )
  }
})

/** Every polygon's fill and accessible name, and the legend's classes, as the page shows them now. */
async function mapAndLegend(page: import('@playwright/test').Page) {
  return page.evaluate(() => ({
    polygons: [...document.querySelectorAll('.leaflet-overlay-pane path.map-area')].map((p) => ({
      fill: p.getAttribute('fill') ?? '',
      label: p.getAttribute('aria-label') ?? '',
    })),
    classes: [...document.querySelectorAll('.map-legend__list:not(.map-legend__list--missing) .map-legend__item')].map(
      (item) => ({
        fill: item.querySelector('rect')?.getAttribute('fill') ?? '',
        range: (item.querySelector(':scope > span')?.firstChild?.textContent ?? '')
          .split(' to ')
          .map((n) => Number(n.replace(/,/g, ''))),
      }),
    ),
  }))
}

test('switching indicator recolours every authority to its own class in the new legend, and relabels it', async ({
  page,
}) => {
  await page.goto('/map?indicator=cla_rate&year=2024')
  await expect.poll(() => page.locator('path.map-area').count(), FIRST_LOAD).toBeGreaterThan(100)
  const before = await mapAndLegend(page)

  const picker = page.getByRole('combobox', { name: 'Indicator' })
  await picker.click()
  await picker.fill('child protection plan rate')
  await page.getByRole('option', { name: /^Children on a child protection plan at 31 March per 10,000/ }).click()
  await expect(page.locator('.map-legend__title')).toContainText('Child protection plan rate')
  const after = await mapAndLegend(page)

  expect(after.polygons).toHaveLength(before.polygons.length)
  expect(after.polygons.map((p) => p.label)).not.toEqual(before.polygons.map((p) => p.label))
  let checked = 0
  for (const polygon of after.polygons) {
    const value = /: ([\d,.]+) per 10,000/.exec(polygon.label)?.[1]
    if (!value) continue
    const figure = Number(value.replace(/,/g, ''))
    const classes = after.classes.filter((c) => figure >= (c.range[0] ?? NaN) && figure <= (c.range.at(-1) ?? NaN))
    expect(
      classes.map((c) => c.fill),
      polygon.label,
    ).toContain(polygon.fill)
    checked++
  }
  expect(checked).toBeGreaterThan(140)
})

test('a link in the map table opens the profile within the app, and its address works on its own', async ({ page }) => {
  await page.goto('/map?indicator=cpp_rate')
  const link = page.getByRole('table').getByRole('link', { name: 'Barnsley', exact: true })
  await expect(link).toHaveAttribute('href', '/area/E08000016?indicator=cpp_rate', FIRST_LOAD)
  // A page loaded afresh would lose this mark: the click must stay in the app.
  await page.evaluate(() => Object.assign(window, { stayedInApp: true }))
  await link.click()
  await expect(page).toHaveURL(/\/area\/E08000016\?indicator=cpp_rate$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Barnsley')
  expect(await page.evaluate(() => (window as unknown as { stayedInApp?: boolean }).stayedInApp)).toBe(true)
})
