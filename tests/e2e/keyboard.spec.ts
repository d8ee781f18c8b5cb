import { expect, test, type Page } from '@playwright/test'

/** True when the focused element shows a focus indicator: a visible outline or a box-shadow. */
async function expectFocusVisible(page: Page, what: string) {
  const style = await page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const s = getComputedStyle(el)
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow }
  })
  if (!style) throw new Error(`${what}: nothing has focus`)
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
  expect(outline || shadow, `${what}: focus indicator (${JSON.stringify(style)})`).toBe(true)
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would; fails after `limit`. */
async function tabUntil(page: Page, matches: () => boolean, what: string, { back = false, limit = 150 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    if (await page.evaluate(matches)) {
      await expectFocusVisible(page, what)
      return
    }
  }
  throw new Error(`${what}: not reached with ${limit} presses of ${back ? 'Shift+Tab' : 'Tab'}`)
}

test('keyboard only: search, profile, trend chart read-out, CSV download, then the map’s indicator and year', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Find a local authority' })).toBeVisible()

  await tabUntil(page, () => document.activeElement?.getAttribute('role') === 'combobox', 'search box')
  await page.keyboard.type('Barnsley')
  await expect(page.getByRole('option').first()).toContainText('Barnsley')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/area\/E08000016$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barnsley')

  await tabUntil(page, () => document.activeElement?.classList.contains('chart__svg') ?? false, 'trend chart')
  const chart = page.locator('figure.chart', { has: page.locator('.chart__svg:focus') })
  await page.keyboard.press('ArrowRight')
  await expect(chart.locator('.chart__tooltip')).toContainText('2010')
  await expect(chart.locator('.chart__tooltip')).toContainText('Barnsley:')
  await page.keyboard.press('ArrowRight')
  await expect(chart.locator('.chart__tooltip')).toContainText('2011')
  await expectFocusVisible(page, 'trend chart after arrow keys')

  await tabUntil(
    page,
    () => document.activeElement?.textContent?.startsWith('Download CSV') ?? false,
    'CSV download button',
  )
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/barnsley.*\.csv$/)

  await tabUntil(page, () => document.activeElement?.textContent === 'Map', 'Map link in the navigation', {
    back: true,
  })
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/map/)

  await tabUntil(page, () => document.activeElement?.getAttribute('role') === 'combobox', 'indicator picker')
  const select = page.getByRole('combobox', { name: 'Indicator' })
  await expect(select).toBeFocused()
  const before = await select.inputValue()
  // The picker lists every indicator by topic: the arrow keys move through them, Enter chooses.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(select).not.toHaveValue(before)
  await expect(page).toHaveURL(/indicator=/)
  // Changing the indicator keeps focus on the control, so the keyboard user carries on from there.
  await expect(select).toBeFocused()

  await tabUntil(page, () => (document.activeElement as HTMLInputElement | null)?.type === 'range', 'year slider')
  const yearLabel = page.locator('.year-control label strong')
  const yearBefore = await yearLabel.textContent()
  await page.keyboard.press('ArrowLeft')
  await expect(yearLabel).not.toHaveText(yearBefore ?? '')
  await expect(page).toHaveURL(/year=\d{4}/)
  await expectFocusVisible(page, 'year slider after a change')
})
