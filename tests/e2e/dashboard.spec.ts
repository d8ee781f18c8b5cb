import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { downloadDataCsv, LONG_CSV_HEADER } from './support/dataPage'
import { readJson } from './support/publicData'

test('the profile shows Barnsley’s published 2025 children in need rate beside England and its neighbours', async ({
  page,
}) => {
  const cin = readJson('series/cin_rate.json')
  const i = cin.years.indexOf(2025)
  await page.goto('/area/E08000016')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barnsley')
  const card = page.locator('.figure').filter({ hasText: 'Children in need at 31 March per 10,000' })
  await expect(card.locator('.figure__value')).toHaveText(`${cin.values.E08000016[i].toFixed(1)} per 10,000`)
  await expect(card).toContainText(`England${cin.england[i].toFixed(1)} per 10,000`)
  await expect(card).toContainText('of 10 had data')
  // Rank in England as LAIT ranks it: among authorities of 2025 with a figure (City of London and Isles of Scilly left
  // out), highest first for an intervention measure, ties sharing a rank.
  const areas: { code: string; firstYear?: number; lastYear?: number; excludedFromAverages?: boolean }[] =
    readJson('areas.json')
  const ranked = areas
    .filter((a) => !a.excludedFromAverages && (a.firstYear ?? 0) <= 2025 && (a.lastYear ?? 9999) >= 2025)
    .map((a) => cin.values[a.code]?.[i])
    .filter((v): v is number => typeof v === 'number')
  const rank = 1 + ranked.filter((v) => v > cin.values.E08000016[i]).length
  await expect(card).toContainText(`Rank in England${rank} of ${ranked.length}`)
  // Quartile band as LAIT works it out: R's default quartiles of every authority of 2025 with a figure (City of London
  // and Isles of Scilly included), a value on a boundary in the lower quarter; no judgement for an intervention rate.
  const all = areas
    .filter((a) => (a.firstYear ?? 0) <= 2025 && (a.lastYear ?? 9999) >= 2025)
    .map((a) => cin.values[a.code]?.[i])
    .filter((v): v is number => typeof v === 'number')
    .sort((a, b) => a - b)
  const q = (p: number) => {
    const h = (all.length - 1) * p
    const lo = Math.floor(h)
    const below = all[lo] ?? 0
    return below + (h - lo) * ((all[Math.min(lo + 1, all.length - 1)] ?? below) - below)
  }
  const own = cin.values.E08000016[i]
  const quarter = own <= q(0.25) ? 0 : own <= q(0.5) ? 1 : own <= q(0.75) ? 2 : 3
  const words = ['lowest quarter', 'second-lowest quarter', 'second-highest quarter', 'highest quarter'][quarter]
  await expect(card).toContainText(`Quartile band${words}`)
  await expect(card).not.toContainText(/best|worst/)
  await expect(page.getByRole('table', { name: /statistical neighbours/ }).getByRole('row')).toHaveCount(11)
})

test('a shared link reproduces the same view, and a bad value in it is reported, not silently dropped', async ({
  page,
}) => {
  await page.goto('/data?area=E08000016&indicator=cpp_rate&year=2020&group=neighbours')
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: /child protection plan.*Barnsley and its statistical neighbours.*2020/i,
    }),
  ).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /^Child protection plan rate/ })).toBeChecked()
  // A link from before year ranges existed (year=2020) opens as the range 2020 to 2020.
  await expect(page.getByLabel('From year')).toHaveValue('2020')
  await expect(page.getByLabel('To year')).toHaveValue('2020')
  await expect(page.locator('tbody tr')).toHaveCount(11)
  // Changing a control writes only non-default keys back to the URL.
  await page.getByLabel('To year').selectOption('2021')
  await expect(page).toHaveURL(/\/data\?area=E08000016&indicator=cpp_rate&from=2020&to=2021$/)

  await page.goto('/area/E08000016?compare=E08000019~E99999999')
  await expect(page.getByRole('region', { name: 'Link notices' })).toContainText('E99999999')
  await expect(page.locator('.chart__legend').first()).toContainText('Sheffield')
})

test('the header links keep the authority, indicator and year: from a profile or /compare to the other pages', async ({
  page,
}) => {
  const nav = page.getByRole('navigation', { name: 'Main' })
  await page.goto('/area/E08000035')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leeds')
  await nav.getByRole('link', { name: 'Compare' }).click()
  await expect(page).toHaveURL(/\/compare\?area=E08000035$/)
  await expect(page.getByRole('combobox', { name: 'Authority', exact: true })).toHaveValue('Leeds')
  await expect(page.getByText('Choose an authority to see how it compares.')).toHaveCount(0)

  await page.goto('/compare?area=E08000035&indicator=cpp_rate&year=2023')
  await nav.getByRole('link', { name: 'Deprivation' }).click()
  await expect(page).toHaveURL(/\/deprivation\?area=E08000035&indicator=cpp_rate&year=2023$/)
  await expect(page).toHaveTitle(/Leeds/)
  await nav.getByRole('link', { name: 'Map' }).click()
  await expect(page).toHaveURL(/\/map\?indicator=cpp_rate&year=2023$/)
})

test('the profile links to its own compare, deprivation, neighbourhood, spending, gradient and data views', async ({
  page,
}) => {
  const links = page.getByRole('navigation', { name: 'More about Leeds' }).getByRole('link')
  const expected: Array<[string, RegExp, RegExp]> = [
    ['Compare with its statistical neighbours', /\/compare\?area=E08000035$/, /Leeds/],
    ['Rates against deprivation', /\/deprivation\?area=E08000035$/, /Leeds/],
    ['Neighbourhoods by deprivation', /\/neighbourhoods\/E08000035$/, /Neighbourhoods in Leeds/],
    ['Spending over time, by category', /\/spending\/E08000035$/, /Leeds/],
    ['Your own gradient (your counts by neighbourhood)', /\/gradient\/E08000035$/, /Your own gradient: Leeds/],
    ['All figures as a table', /\/data\?area=E08000035$/, /Data/],
  ]
  await page.goto('/area/E08000035')
  await expect(links).toHaveText(expected.map(([name]) => name))
  for (const [name, url, title] of expected) {
    await page.goto('/area/E08000035')
    await links.getByText(name, { exact: true }).click()
    await expect(page).toHaveURL(url)
    await expect(page).toHaveTitle(title)
  }
})

test('the profile’s five-year tables set Barnsley beside its neighbours, region and England, and download', async ({
  page,
}) => {
  await page.goto('/area/E08000016')
  await page.getByText('Show the tables').click()
  const cpp = page.getByRole('table', { name: /^Child protection plan rate/ })
  await expect(cpp.getByRole('columnheader')).toHaveText(['Area', '2021', '2022', '2023', '2024', '2025'])
  await expect(cpp.getByRole('row', { name: /^Barnsley/ }).getByRole('cell')).toHaveText([
    '50.0',
    '55.7',
    '61.5',
    '71.6',
    '51.0',
  ])
  await expect(
    cpp
      .getByRole('row', { name: /^England/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('40.6')
  await expect(
    cpp
      .getByRole('row', { name: /^Statistical neighbours/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('57.4')
  await expect(cpp.getByRole('row', { name: /^Yorkshire and The Humber/ })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download these tables (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('barnsley-headline-figures-last-5-years.csv')
  const csv = readFileSync((await download.path()) ?? '', 'utf8')
  expect(csv).toContain('Indicator,Year,Barnsley,Statistical neighbours (mean),Yorkshire and The Humber,England,Notes')
  expect(csv).toMatch(
    /child protection plan at 31 March per 10,000 children",year ending 31 March 2025,51\.0,57\.4,48\.5,40\.6,/,
  )
  expect(csv).toContain('Open Government Licence')
})

test('the CSV downloaded from /data has exactly the published values, flags for suppressed ones, source and licence', async ({
  page,
}) => {
  const cin = readJson('series/cin_rate.json')
  const areas: { code: string; status: string }[] = readJson('areas.json')
  const year = cin.years[cin.years.length - 1]
  const i = cin.years.indexOf(year)
  await page.goto('/data?indicator=cin_rate')
  await expect(page.locator('tbody tr')).toHaveCount(areas.filter((a) => a.status === 'current').length)
  const csv = await downloadDataCsv(page)
  expect(csv.header).toEqual(LONG_CSV_HEADER)
  const data = csv.data.filter((r) => r[2] === 'authority')
  const notes = csv.notes
  expect(data).toHaveLength(areas.filter((a) => a.status === 'current').length)
  const england = csv.data.find((r) => r[2] === 'England (published)')
  expect(england?.[8] === '' ? null : Number(england?.[8])).toBe(cin.england[i])
  for (const [code, , , id, , , y, , value, flag] of data) {
    expect(id).toBe('cin_rate')
    expect(Number(y)).toBe(year)
    const published = cin.values[code as string]?.[i] ?? null
    expect(value === '' ? null : Number(value), code).toBe(published)
    expect(flag === '' ? null : flag).toBe(cin.flags?.[code as string]?.[i] ?? null)
  }
  expect(notes.some((n) => n.includes('Source: '))).toBe(true)
  expect(notes).toContain('Contains public sector information licensed under the Open Government Licence v3.0.')
})

test('the profile is usable at 320 px wide without horizontal scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/area/E08000016')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barnsley')
  await expect(page.locator('.figure').first()).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})
