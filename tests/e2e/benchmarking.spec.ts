import { expect, test, type Page } from '@playwright/test'
import { adjustForDeprivation } from '../../src/stats/deprivationAdjustment'
import { downloadCsv } from './support/csv'
import { readJson, type SeriesFile } from './support/publicData'

// Benchmarking journey: pick an authority on /compare, compare it with its DfE statistical neighbours, switch to the
// deprivation lens and check the downloaded CSVs row by row against the published JSON in public/data.

interface AreaRow {
  code: string
  name: string
  excludedFromAverages?: boolean
}
const LEEDS = 'E08000035'

async function settle(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0, { timeout: 20_000 })
}

test('compare an authority with its statistical neighbours, then read it against deprivation and check the CSVs', async ({
  page,
}) => {
  const cla = readJson<SeriesFile>('series/cla_rate.json')
  const imd = readJson<SeriesFile>('series/imd_score.json')
  const areas = readJson<AreaRow[]>('areas.json')
  const neighbours = readJson<{ dfe2025: Record<string, { code: string }[]> }>('neighbours.json')
  const year = cla.years[cla.years.length - 1] ?? 0
  const yi = cla.years.indexOf(year)
  const at = (s: SeriesFile, code: string, i: number) => s.values[code]?.[i] ?? null

  await page.goto('/compare')
  await settle(page)
  const picker = page.getByRole('combobox', { name: 'Authority', exact: true })
  await picker.fill('Leeds')
  await expect(page.getByRole('option').first()).toContainText('Leeds')
  await picker.press('Enter')
  await expect(page).toHaveURL(/area=E08000035/)
  await settle(page)
  await expect(page.getByLabel('Compare with')).toHaveValue('neighbours')

  // Group mean as LAIT: the mean of the neighbours with a figure, n of m stated.
  const members = (neighbours.dfe2025[LEEDS] ?? []).map((n) => n.code)
  const memberValues = members.map((c) => at(cla, c, yi)).filter((v): v is number => v !== null)
  const mean = memberValues.reduce((s, v) => s + v, 0) / memberValues.length
  const figures = page.getByRole('list', { name: 'Key figures' })
  await expect(figures).toContainText(`Group mean${Math.round(mean)} per 10,000`)
  await expect(figures).toContainText(`${memberValues.length} of ${members.length} had data`)
  await expect(figures).toContainText(`Leeds${at(cla, LEEDS, yi)} per 10,000`)
  await expect(page.getByText(/Rank 1 is the highest value/).first()).toBeVisible()
  // Children looked after is neither better nor worse high: its band is only a quarter of the values.
  await expect(figures).toContainText(/Quartile band in England(lowest|second-lowest|second-highest|highest) quarter/)
  await expect(figures).not.toContainText(/best|worst/)

  // The pooled rate: the neighbours' counts over their child populations, kept in the link.
  const counts = readJson<SeriesFile>('series/cla_count.json')
  const population = readJson<SeriesFile>('series/child_population.json')
  const ci = counts.years.indexOf(year)
  const pi = population.years.indexOf(year)
  const pooled =
    (members.reduce((s, c) => s + (at(counts, c, ci) ?? 0), 0) /
      members.reduce((s, c) => s + (at(population, c, pi) ?? 0), 0)) *
    10_000
  await page.getByRole('radio', { name: /^Pooled rate/ }).click()
  await expect(page.getByRole('radio', { name: /^Pooled rate/ })).toBeChecked()
  await expect(page).toHaveURL(/summary=pooled/)
  await expect(figures).toContainText(`Group pooled${Math.round(pooled)} per 10,000`)
  await page.getByRole('radio', { name: /^Mean of the authorities/ }).click()
  await expect(page.getByRole('radio', { name: /^Mean of the authorities/ })).toBeChecked()
  await expect(page).not.toHaveURL(/summary=/)

  // The ranked chart's CSV has Leeds and each neighbour with the published value.
  const ranking = await downloadCsv(
    page,
    page.getByRole('button', { name: /^Download CSV data of Children looked after .*Leeds compared with/ }),
  )
  expect(ranking.header).toEqual(['area', 'area_code', 'rank', 'value (per 10,000 children)', 'flag', 'note'])
  const byCode = new Map(ranking.data.map((r) => [r[1], r]))
  for (const code of [LEEDS, ...members]) expect(Number(byCode.get(code)?.[3])).toBe(at(cla, code, yi))
  expect(ranking.data.find((r) => r[0] === 'England (published)')?.[3]).toBe(String(cla.england[yi]))

  // Switch to the deprivation lens; the authority, indicator and year travel in the link.
  await page.getByRole('link', { name: /^Read Leeds's figure against its deprivation/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deprivation and intervention')
  await settle(page)
  await expect(page.getByRole('combobox', { name: 'Authority', exact: true })).toHaveValue('Leeds')
  // The latest CLA year is 2025, so the lens reads it against IoD2025, the edition in force from 2025.
  await expect(
    page.getByText(`the English Indices of Deprivation 2025 (IoD2025), the edition in force for ${year}.`, {
      exact: false,
    }),
  ).toBeVisible()
  await expect(page.getByText(/^Given its deprivation, Leeds would be expected to have about/)).toBeVisible()

  // Recompute the adjustment from public/data and check every downloaded row.
  const excluded = new Set(areas.filter((a) => a.excludedFromAverages).map((a) => a.code))
  const ei = imd.years.indexOf(2025)
  const expected = adjustForDeprivation(
    areas
      .filter((a) => !excluded.has(a.code))
      .map((a) => ({ areaCode: a.code, value: at(cla, a.code, yi), deprivation: at(imd, a.code, ei) })),
  )
  if (!expected) throw new Error('no regression')
  // The ranking scope is URL state: the radio is checked once the navigation has rendered, so click and wait.
  const allAuthorities = page.getByRole('radio', { name: 'All authorities' })
  await allAuthorities.click()
  await expect(allAuthorities).toBeChecked()
  await expect(page).toHaveURL(/ranked=all/)
  const adjusted = await downloadCsv(
    page,
    page.getByRole('button', { name: /^Download CSV data of .* adjusted for IMD score \(2025\), all authorities/ }),
  )
  expect(adjusted.header.slice(0, 5)).toEqual(['area', 'area_code', 'rank', 'adjusted (per 10,000 children)', 'actual'])
  const authorityRows = adjusted.data.filter((r) => r[1] !== '')
  expect(authorityRows).toHaveLength(expected.values.length)
  expect(authorityRows.some((r) => excluded.has(r[1] ?? ''))).toBe(false)
  for (const v of expected.values) {
    const row = authorityRows.find((r) => r[1] === v.areaCode)
    expect(Number(row?.[4])).toBe(at(cla, v.areaCode, yi))
    expect(Number(row?.[3])).toBeCloseTo(v.adjusted, 3)
    expect(Number(row?.[5])).toBeCloseTo(v.expected, 3)
  }

  // The IDACI lens is one click away and travels in the link too.
  await page.getByRole('radio', { name: /Income Deprivation Affecting Children Index/ }).click()
  await expect(page).toHaveURL(/measure=idaci/)
  await expect(page.getByRole('heading', { level: 2, name: /against IDACI score, year ending 31 March/ })).toBeVisible()
})

test('a group=similar link reproduces the computed group, including the measures it was matched on', async ({
  page,
  browser,
}) => {
  const BARNSLEY = 'E08000016'
  await page.goto(`/compare?area=${BARNSLEY}`)
  await settle(page)
  const matchOn = page.getByRole('group', { name: 'Match on' })
  const population = matchOn.getByRole('checkbox', { name: 'Child population 0-17' })
  await expect(population).toBeChecked()
  await population.click()
  await expect(population).not.toBeChecked()
  await expect(page).toHaveURL(/similarity=imd_score~idaci_score~children_low_income_pct/)

  const similarNames = page.getByRole('table', { name: /what makes each one similar/ }).locator('tbody th')
  await expect(similarNames).toHaveCount(10)
  const computed = await similarNames.allInnerTexts()
  await page.getByRole('button', { name: 'Compare with these authorities' }).click()
  await expect(page.getByLabel('Compare with')).toHaveValue('similar')
  await expect(page).toHaveURL(/group=similar/)
  await settle(page)

  // The member trends draw one line per group member besides the selected authority: the computed list.
  const membersOf = async (p: Page) => {
    const lines = p
      .getByRole('figure', { name: /each member of its comparator group/ })
      .getByRole('group', { name: /\. Use the left and right arrow keys to read each year\.$/ })
    await expect(lines.first()).toBeVisible()
    const names = await lines.evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label')?.split('. Use ')[0] ?? ''),
    )
    return names.filter((name) => name !== 'Barnsley').sort()
  }
  const members = await membersOf(page)
  expect(members).toEqual([...computed].sort())

  // The same link in a new window: the same measures, the same group.
  const link = page.url()
  const other = await browser.newPage()
  await other.goto(link)
  await settle(other)
  await expect(other.getByLabel('Compare with')).toHaveValue('similar')
  await expect(
    other.getByRole('group', { name: 'Match on' }).getByRole('checkbox', { name: 'Child population 0-17' }),
  ).not.toBeChecked()
  expect(await membersOf(other)).toEqual(members)

  // Without the measures in the link the group would be a different one, so the key is what reproduces it.
  await other.goto(link.replace(/&?similarity=[^&]*/, ''))
  await settle(other)
  expect(await membersOf(other)).not.toEqual(members)
  await other.close()
})

test('the deprivation lens says both answers for Blackpool CPP, flags few authorities, and no range goes below zero', async ({
  page,
}) => {
  await page.goto('/deprivation?area=E06000009&indicator=cpp_rate')
  await settle(page)
  await expect(page.getByText(/^Given its deprivation, Blackpool would be expected to have about/)).toBeVisible()
  // The funnel allows for the spread between councils: it shows φ and flags a handful, not a third of England.
  const method = page.getByText(/^How this is worked out: the lines show how far a rate could stray/)
  await expect(method).toContainText(/overdispersion φ = \d/)
  const flagged = /these put (\d+) outside/.exec((await method.textContent()) ?? '')
  expect(Number(flagged?.[1])).toBeLessThan(20)
  // Blackpool is typical for its deprivation but above England: the page says why both can be true.
  await expect(
    page.getByText(/^Blackpool is not unusual for an authority as deprived, and higher than England's/),
  ).toContainText('These answer different questions')

  const scatter = await downloadCsv(
    page,
    page.getByRole('button', {
      name: /^Download CSV data of Children on a child protection plan .* against IMD score/,
    }),
  )
  const lowerCol = scatter.header.indexOf('lower_95_prediction')
  expect(lowerCol).toBeGreaterThan(0)
  for (const row of scatter.data.filter((r) => r[1] !== '')) expect(Number(row[lowerCol])).toBeGreaterThan(0)

  const trend = await downloadCsv(
    page,
    page.getByRole('button', { name: /^Download CSV data of .*Blackpool: as published and adjusted for deprivation/ }),
  )
  const values = trend.data.flatMap((r) => r.slice(1)).filter((v) => v !== '' && !Number.isNaN(Number(v)))
  expect(values.length).toBeGreaterThan(10)
  for (const v of values) expect(Number(v)).toBeGreaterThanOrEqual(0)
})

test('a former authority opens on its last year: Poole on /compare and /deprivation, with its own figure', async ({
  page,
}) => {
  const poole = 'E06000029'
  const cla = await readJson<SeriesFile>('series/cla_rate.json')
  const at2019 = cla.values[poole]?.[cla.years.indexOf(2019)]
  expect(at2019).toEqual(expect.any(Number))

  await page.goto(`/compare?area=${poole}&indicator=cla_rate`)
  await settle(page)
  await expect(page.getByRole('combobox', { name: 'Year', exact: true })).toHaveValue('2019')
  await expect(page.getByText(/^Poole compared with .*, year ending 31 March 2019$/)).toBeVisible()
  // Its own figure for that year, as published.
  await expect(page.getByRole('list', { name: 'Key figures' }).getByRole('listitem').first()).toHaveText(
    `Poole${Math.round(at2019 ?? NaN)} per 10,000`,
  )

  await page.goto(`/deprivation?area=${poole}&indicator=cla_rate`)
  await settle(page)
  await expect(page.getByRole('combobox', { name: 'Year', exact: true })).toHaveValue('2019')
  await expect(
    page.getByRole('heading', { name: 'CLA rate against IMD score, year ending 31 March 2019' }),
  ).toBeVisible()
  // A year the link names is kept, even one after the authority was abolished.
  await page.goto(`/compare?area=${poole}&indicator=cla_rate&year=2025`)
  await settle(page)
  await expect(page.getByRole('combobox', { name: 'Year', exact: true })).toHaveValue('2025')
})
