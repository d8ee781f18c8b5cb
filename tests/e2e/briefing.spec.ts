import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'

// A data champion gathers items from three views into a briefing, reorders it by keyboard, reloads, shares the link
// with a colleague (a fresh browser context) and sees the same items; a damaged link says so and changes nothing.

test('add items from three views, reorder, undo, reload, and open the shared link in a fresh browser', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  await page.goto('/area/E08000016')
  const card = page.locator('.figure').filter({ hasText: 'Children on a child protection plan' }).first()
  await card.getByRole('button', { name: /^Add to briefing/ }).click()
  await expect(card.getByRole('status')).toContainText('Added to My briefing (1 item)')
  const trend = page.locator('figure.chart').filter({ has: page.getByRole('heading', { name: /^CLA rate/ }) })
  await trend.getByRole('button', { name: /^Add to briefing/ }).click()

  await page.goto('/neighbourhoods/E08000016')
  await page.getByRole('button', { name: /^Add to briefing/ }).click()

  await page.goto('/map?indicator=cla_rate&year=2025')
  await page
    .getByRole('button', { name: /^Add to briefing/ })
    .first()
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toContainText('(4 items)')

  await page.goto('/briefing')
  const titles = page.locator('.briefing-item__title')
  await expect(titles).toHaveCount(4)
  await expect(titles.nth(0)).toContainText('Children on a child protection plan')
  await expect(titles.nth(1)).toContainText(/^CLA rate: Barnsley/)
  // The figure's sentence is generated from the data, in the views' words (never "better" for an intervention rate).
  const sentence = page.getByLabel('What it says').first()
  await expect(sentence).toHaveValue(
    /^Barnsley, children on a child protection plan at 31 March 20\d\d: .* per 10,000, .*England/,
  )
  await expect(sentence).not.toHaveValue(/better|worse/)
  // Pictures are drawn afresh from the data through each view.
  await expect(page.locator('img.briefing-item__picture')).toHaveCount(3, { timeout: 60_000 })
  for (const img of await page.locator('img.briefing-item__picture').all())
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1200)

  // Reorder with the keyboard: move the map (last) up to the top, announce it, then undo one step.
  const last = page.getByRole('button', { name: /^Move up\W+Children looked after at 31 March/ })
  await last.focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: /^Move up\W+Children looked after at 31 March/ }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: /^Move up\W+Children looked after at 31 March/ }).focus()
  await page.keyboard.press('Enter')
  await expect(titles.nth(0)).toContainText(
    'Children looked after at 31 March per 10,000 children aged 0-17, year ending',
  )
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(titles.nth(1)).toContainText(
    'Children looked after at 31 March per 10,000 children aged 0-17, year ending',
  )

  await page.getByRole('button', { name: /^Remove\W+Barnsley: neighbourhoods by/ }).click()
  await expect(titles).toHaveCount(3)
  await page.getByLabel('Add a heading').fill('Where Barnsley stands')
  await page.getByRole('button', { name: 'Add heading' }).click()
  await page.getByLabel('Your note (speaker notes on a slide)').first().fill('Ask about the 2024 fall')

  await page.reload()
  await expect(titles).toHaveCount(3)
  await expect(page.getByLabel('Heading', { exact: true })).toHaveValue('Where Barnsley stands')
  await expect(page.getByLabel('Your note (speaker notes on a slide)').first()).toHaveValue('Ask about the 2024 fall')
  const order = await titles.allTextContents()

  await page.getByRole('button', { name: 'Make a link to share' }).click()
  const link = await page.getByLabel(/^Link to this briefing/).inputValue()
  expect(link).toMatch(/\/briefing#b=b1\.[A-Za-z0-9_-]+$/)

  const colleague = await browser.newContext()
  const other = await colleague.newPage()
  await other.goto(link)
  await expect(other.getByRole('status').filter({ hasText: 'Opened the shared briefing' })).toBeVisible()
  await expect(other.locator('.briefing-item__title')).toHaveText(order)
  await expect(other.getByLabel('Heading', { exact: true })).toHaveValue('Where Barnsley stands')

  // A damaged link: a clear message, and the colleague's saved briefing is still there.
  await other.goto(`${link.slice(0, -12)}`)
  await expect(other.getByRole('alert')).toContainText('damaged')
  await expect(other.getByRole('alert')).toContainText('have not been changed')
  await expect(other.locator('.briefing-item__title')).toHaveText(order)
  await colleague.close()

  // The presentation link: the room's computer opens the deck straight away, with nothing saved there before.
  const presentLink = await page.getByLabel(/^Link that opens it as a presentation/).inputValue()
  expect(presentLink).toBe(link.replace('/briefing#b=', '/present#b='))
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const projector = await room.newPage()
  await projector.goto(presentLink)
  const counter = projector.getByTestId('deck-counter')
  // A slide for each of the three items and one for the heading added after them.
  const slides = order.length + 1
  await expect(counter).toHaveText(`1 / ${slides}`, { timeout: 30_000 })
  await expect(projector.locator('.deck-slide h2')).toHaveText(order[0] ?? '')
  // The briefing left the address for the shelf, so a reload keeps the place and the link is not kept in history.
  await expect(projector).toHaveURL(/\/present#1$/)
  // The bar's buttons, not keys: they work from the first render, where the key listener is added just after it
  // (present.spec.ts walks the deck by keyboard).
  const next = projector.getByRole('button', { name: 'Next' })
  await next.click()
  await expect(counter).toHaveText(`2 / ${slides}`)
  await expect(projector).toHaveURL(/\/present#2$/)
  await projector.reload()
  await expect(counter).toHaveText(`2 / ${slides}`, { timeout: 30_000 })
  await next.click()
  await next.click()
  await expect(counter).toHaveText(`${slides} / ${slides}`)
  await expect(projector.locator('.deck-slide h2')).toHaveText('Where Barnsley stands')
  await projector.goto(presentLink.slice(0, -12))
  await expect(projector.getByRole('alert')).toContainText('damaged')
  await room.close()
})

test("the profile's button makes Barnsley's local-picture briefing: 8 to 12 items, every picture drawn", async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.goto('/area/E08000016')
  await page.getByRole('link', { name: 'Make a local-picture briefing for Barnsley' }).click()
  await expect(page).toHaveURL(/\/briefing$/, { timeout: 120_000 })
  await expect(page.getByRole('heading', { level: 2, name: 'Barnsley: the local picture' })).toBeVisible()
  const items = page.locator('.briefing-item')
  const count = await items.count()
  expect(count).toBeGreaterThanOrEqual(8)
  expect(count).toBeLessThanOrEqual(12)
  // Nothing the plan asks for was missing for Barnsley.
  await expect(page.getByText(/^Not available for Barnsley/)).toHaveCount(0)
  const titles = page.locator('.briefing-item__title')
  for (const words of [
    /most deprived 10%/,
    /rank .* districts/,
    /^Barnsley: neighbourhoods by/,
    /adjusted for/,
    /^Children in need rate: Barnsley/,
    /^Child protection plan rate: Barnsley/,
    /^CLA rate: Barnsley/,
    /spend per child/,
  ])
    await expect(titles.filter({ hasText: words })).toHaveCount(1)
  // Every chart and map is drawn from the data, and every item has its generated sentence: figures and charts of one
  // indicator say how it compares, the rates whether they are unusual for Barnsley's deprivation; the map what it shows.
  await expect(page.locator('img.briefing-item__picture')).toHaveCount(6, { timeout: 150_000 })
  const stated = page.locator('.briefing-item--figure, .briefing-item--chart').getByLabel('What it says')
  await expect(stated).toHaveCount(7)
  for (const sentence of await stated.all()) await expect(sentence).toHaveValue(/^Barnsley/)
  for (const rate of ['Children in need rate', 'Child protection plan rate', 'CLA rate'])
    await expect(
      page
        .locator('.briefing-item--chart')
        .filter({ hasText: `${rate}: Barnsley` })
        .getByLabel('What it says'),
    ).toHaveValue(/Given its deprivation \(IMD score, IoD2025\), about .* would be expected .*for its deprivation\.$/)
  await expect(page.locator('.briefing-item--map').getByLabel('What it says')).toHaveValue(
    /^The map shows Barnsley's 148 neighbourhoods \(2021 LSOAs\) by national decile of the Index of Multiple Deprivation 2025: \d+ \(\d+\.\d%\) are in England's most deprived 10%/,
  )
  const itemTitles = await page.locator('.briefing-item__title, .briefing-item__heading .print-only').allTextContents()

  // PowerPoint: a title slide, one slide per item, a sources slide; every picture present with its alt text.
  const pptx = await download(page, 'Download PowerPoint', /^barnsley-the-local-picture\.pptx$/)
  const slides = pptx.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
  expect(slides).toHaveLength(count + 2)
  expect(pptx.text('ppt/slides/slide1.xml')).toContain('Barnsley: the local picture')
  const slideText = slides.map((_, i) => pptx.text(`ppt/slides/slide${i + 1}.xml`))
  for (const title of itemTitles) expect(slideText.some((xml) => xml.includes(escapeXml(title)))).toBe(true)
  expect(pptx.names.filter((n) => /^ppt\/media\/.+/.test(n))).toHaveLength(6)
  const pictures = slideText.flatMap((xml) => [...xml.matchAll(/<p:cNvPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]))
  expect(pictures).toHaveLength(6)
  for (const alt of pictures) expect(alt?.length).toBeGreaterThan(20)
  const sources = slideText.at(-1) ?? ''
  expect(sources).toContain('Sources')
  expect(sources).toContain('Department for Education')
  expect(sources).toContain('Open Government Licence v3.0')

  // Word: the same items as headings and figures with captions and alt text, and the sources table.
  const docx = await download(page, 'Download Word', /^barnsley-the-local-picture\.docx$/)
  const body = docx.text('word/document.xml')
  for (const title of itemTitles) expect(body).toContain(escapeXml(title))
  expect(docx.names.filter((n) => /^word\/media\/.+/.test(n))).toHaveLength(6)
  expect([...body.matchAll(/<wp:docPr [^>]*descr="[^"]{20,}"/g)]).toHaveLength(6)
  expect([...body.matchAll(/Figure \d+: /g)]).toHaveLength(6)
  expect(body.slice(body.lastIndexOf('>Sources<'))).toContain('Open Government Licence v3.0')

  // The ranking adjusted for deprivation is described as the chart draws it: the adjusted figure /deprivation gives
  // Barnsley first, the published one only as where it comes from (it once quoted the published figure alone).
  const adjusted = await page
    .locator('.briefing-item--chart')
    .filter({ hasText: /adjusted for/ })
    .getByLabel('What it says')
    .inputValue()
  await page.goto('/deprivation?area=E08000016')
  const verdict = await page.getByText(/Barnsley: actual .*, adjusted /).textContent({ timeout: 60_000 })
  const [, actual, adjustedValue] = /Barnsley: actual (.+?), adjusted (.+?)\.(?:\s|$)/.exec(verdict ?? '') ?? []
  expect(adjustedValue).not.toBe(actual)
  expect(adjusted).toMatch(
    new RegExp(
      `^Barnsley, .* adjusted for deprivation \\(IMD score, IoD2025\\): ${adjustedValue} \\(95% range .*\\), \\d+ of \\d+ among Barnsley and its statistical neighbours .* as published it is ${actual},`,
    ),
  )
})

test('the trend adjusted for deprivation is described with the figures /deprivation draws: latest against first year', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/deprivation?area=E08000016')
  const chart = page.locator('figure.chart').filter({ hasText: 'Barnsley: as published and adjusted for deprivation' })
  await expect(chart).toHaveCount(1, { timeout: 60_000 })
  // The chart's table twin: year, as published, adjusted (with its IoD edition), upper and lower ends of its range.
  const rows = chart.locator('table tbody tr')
  const row = async (at: 'first' | 'last') => {
    const [year, published, adjusted, upper, lower] = await (at === 'first' ? rows.first() : rows.last())
      .locator('th, td')
      .allTextContents()
    const [, value, edition] = /^(.+?) IMD edition (\d{4})$/.exec(adjusted ?? '') ?? []
    return { year, published, value, edition, upper, lower }
  }
  const first = await row('first')
  const last = await row('last')
  await chart.getByRole('button', { name: /^Add to briefing/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toBeVisible()

  await page.goto('/briefing')
  const higher = parseFloat(last.value ?? '') > parseFloat(first.value ?? '')
  await expect(page.locator('.briefing-item--chart').getByLabel('What it says')).toHaveValue(
    `Barnsley, children looked after at 31 March ${last.year}, adjusted for deprivation: ${last.value} (95% range ` +
      `${last.lower} to ${last.upper}; IMD score, IoD${last.edition}), ${higher ? 'higher' : 'lower'} than ${first.value} ` +
      `(95% range ${first.lower} to ${first.upper}; IMD score, IoD${first.edition}) at 31 March ${first.year}, the ` +
      `first year shown. That is the figure it would have at average deprivation, each year from that year's own fit: ` +
      `as published it is ${last.published} (${first.published} at 31 March ${first.year}).`,
    { timeout: 60_000 },
  )
})

test('an empty briefing: what cannot be used yet looks unavailable, and the add buttons stand level', async ({
  page,
}) => {
  await page.goto('/briefing')
  await expect(page.getByText('This briefing is empty.')).toBeVisible()
  const opacity = (name: string) =>
    page.getByRole('button', { name, exact: true }).evaluate((button) => Number(getComputedStyle(button).opacity))
  for (const name of ['Undo', 'Download PowerPoint', 'Download Word']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeDisabled()
    expect(await opacity(name)).toBeLessThanOrEqual(0.6)
  }
  expect(await opacity('Make a link to share')).toBe(1)
  const [heading, note] = await Promise.all(
    ['Add heading', 'Add a note'].map((name) => page.getByRole('button', { name, exact: true }).boundingBox()),
  )
  if (!heading || !note) throw new Error('the add buttons are not drawn')
  expect(Math.abs(note.height - heading.height)).toBeLessThanOrEqual(2)
  expect(Math.abs(note.y + note.height - (heading.y + heading.height))).toBeLessThanOrEqual(2)
})

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/** Presses an export button, waits for the file and unzips it. */
async function download(page: Page, button: string, name: RegExp) {
  const file = page.waitForEvent('download', { timeout: 120_000 })
  await page.getByRole('button', { name: button }).click()
  const saved = await file
  expect(saved.suggestedFilename()).toMatch(name)
  const files = unzipSync(new Uint8Array(readFileSync(await saved.path())))
  return { names: Object.keys(files), text: (n: string) => strFromU8(files[n] ?? new Uint8Array()) }
}
