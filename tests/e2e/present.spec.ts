import { expect, test, type Page } from '@playwright/test'
import { seriousAxeViolations } from './support/axe'

// Present mode: Barnsley's local-picture deck on a 1920 × 1080 projector, stepped through by keyboard and clicker.
const DECK = '/present/E08000016'

async function openDeck(page: Page, hash = '') {
  await page.goto(`${DECK}${hash}`)
  const counter = page.getByTestId('deck-counter')
  await expect(counter).toHaveText(/^\d+ \/ \d+$/, { timeout: 150_000 })
  const count = Number(/\/ (\d+)$/.exec((await counter.textContent()) ?? '')?.[1])
  return { counter, count }
}

/** Rendered pixel sizes of every text in the slide's picture (legend and chart), as the screen draws them. */
async function pictureTextSizes(page: Page): Promise<number[]> {
  const picture = page.locator('img.deck-slide__picture')
  await expect(picture).toBeVisible({ timeout: 60_000 })
  return picture.evaluate(async (img: HTMLImageElement) => {
    const markup = await (await fetch(img.src)).text()
    const box = img.getBoundingClientRect()
    const host = document.createElement('div')
    host.innerHTML = markup
    const svg = host.querySelector('svg') as SVGSVGElement
    const width = Number(svg.getAttribute('width'))
    const height = Number(svg.getAttribute('height'))
    // object-fit: contain draws the picture at this scale inside the image's box.
    const scale = Math.min(box.width / width, box.height / height)
    svg.setAttribute('width', String(width * scale))
    svg.setAttribute('height', String(height * scale))
    document.body.append(host)
    const sizes = [...svg.querySelectorAll('text')]
      // Text drawn on the picture (a chart's hidden parts, such as its focus read-out, are not).
      .filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0)
      .map((t) => {
        // The length of the transformed x unit: an axis title turned through 90° scales as much as level text.
        const m = t.getScreenCTM()
        return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 0)
      })
    host.remove()
    return sizes
  })
}

/**
 * Where a map slide's picture draws its map and its legend on the screen, and the slide's free height (between its
 * title and its headline), read back from the picture's markup: the map is the picture's nested drawing as
 * preserveAspectRatio meet places it, the legend the texts beside it, all as object-fit: contain scales the image.
 */
async function mapSlideBoxes(page: Page) {
  const picture = page.locator('img.deck-slide__picture')
  await expect(picture).toBeVisible({ timeout: 90_000 })
  return picture.evaluate(async (img: HTMLImageElement) => {
    const root = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml').documentElement
    const number = (el: Element, name: string) => Number(el.getAttribute(name))
    const box = img.getBoundingClientRect()
    const [width, height] = [number(root, 'width'), number(root, 'height')]
    const scale = Math.min(box.width / width, box.height / height)
    const left = box.left + (box.width - width * scale) / 2
    const top = box.top + (box.height - height * scale) / 2
    const nested = root.querySelector('svg') as Element
    const viewBox = (nested as SVGSVGElement).viewBox.baseVal
    const [vbWidth, vbHeight] = [viewBox.width, viewBox.height]
    const meet = Math.min(number(nested, 'width') / vbWidth, number(nested, 'height') / vbHeight)
    const map = {
      left: left + (number(nested, 'x') + (number(nested, 'width') - vbWidth * meet) / 2) * scale,
      top: top + (number(nested, 'y') + (number(nested, 'height') - vbHeight * meet) / 2) * scale,
      width: vbWidth * meet * scale,
      height: vbHeight * meet * scale,
    }
    const legend = [...root.children]
      .filter((el) => el.tagName === 'text')
      .map((t) => ({
        left: left + number(t, 'x') * scale,
        top: top + (number(t, 'y') - number(t, 'font-size')) * scale,
        bottom: top + number(t, 'y') * scale,
      }))
    const title = document.querySelector('.deck-slide h2')?.getBoundingClientRect()
    const headline = document.querySelector('.deck-slide__headline')?.getBoundingClientRect()
    return { map, legend, free: (headline?.top ?? 0) - (title?.bottom ?? 0) }
  })
}

/** The map fills the slide's free height, its legend beside it on the right, not above it. */
async function expectMapFillsSlide(page: Page) {
  const { map, legend, free } = await mapSlideBoxes(page)
  expect(free).toBeGreaterThan(500)
  expect(map.height / free).toBeGreaterThanOrEqual(0.8)
  expect(legend.length).toBeGreaterThanOrEqual(3)
  for (const entry of legend) {
    expect(entry.left).toBeGreaterThanOrEqual(map.left + map.width)
    expect(entry.top).toBeGreaterThanOrEqual(map.top)
    expect(entry.bottom).toBeLessThanOrEqual(map.top + map.height)
  }
}

/** Adds /map's England map of the looked-after rate in 2025 to the briefing, and presents the briefing. */
async function presentEnglandMap(page: Page) {
  await page.goto('/map?indicator=cla_rate&year=2025')
  await page
    .getByRole('button', { name: /^Add to briefing/ })
    .first()
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toBeVisible()
  await page.goto('/present#1')
}

test.use({ viewport: { width: 1920, height: 1080 } })

test('a keyboard and clicker journey through the deck: counter, address and the place kept on reload', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const { counter, count } = await openDeck(page)
  expect(count).toBeGreaterThanOrEqual(8)
  expect(count).toBeLessThanOrEqual(12)
  await expect(counter).toHaveText(`1 / ${count}`)
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Deprivation')
  const steps: Array<[string, number]> = [
    ['ArrowRight', 2],
    ['Space', 3],
    ['PageDown', 4],
    ['ArrowLeft', 3],
    ['PageUp', 2],
    ['End', count],
    ['Home', 1],
  ]
  for (const [key, slide] of steps) {
    await page.keyboard.press(key)
    await expect(counter, key).toHaveText(`${slide} / ${count}`)
    await expect(page).toHaveURL(new RegExp(`${DECK}#${slide}$`))
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(slide))
  }
  // A clicker pressed twice in quick succession steps twice: the second press is not lost while the first is drawn.
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }))
  })
  await expect(counter).toHaveText(`3 / ${count}`)
  await page.keyboard.press('ArrowRight')
  await expect(counter).toHaveText(`4 / ${count}`)
  await page.keyboard.press('Home')
  await expect(counter).toHaveText(`1 / ${count}`)
  // A number then Enter jumps; a number the deck lacks does nothing.
  await page.keyboard.type('99')
  await page.keyboard.press('Enter')
  await expect(counter).toHaveText(`1 / ${count}`)
  await page.keyboard.type('5')
  await page.keyboard.press('Enter')
  await expect(counter).toHaveText(`5 / ${count}`)
  await page.reload()
  await expect(counter).toHaveText(`5 / ${count}`, { timeout: 150_000 })
  // The buttons do the same, for a mouse.
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(counter).toHaveText(`6 / ${count}`)
  // Esc leaves for the authority's profile.
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/area\/E08000016$/)
})

// Reading the picture's markup back fetches its blob: address, which the app's policy (connect-src 'self') refuses.
test.describe('measured', () => {
  test.use({ bypassCSP: true })
  test('readable from the back of the room at 1920 × 1080: body text 28 px or more, chart and map text 20 px or more', async ({
    page,
  }) => {
    test.setTimeout(300_000)
    const { count } = await openDeck(page, '#2')
    const text = page.locator('.deck-slide__text')
    await expect(text).toBeVisible()
    expect(parseFloat(await text.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28)
    // Every chart and map slide: its headline at body size; every text of its picture at 20 px or more (the ranking is
    // laid out for the slide, names beside the bars, not the screen chart scaled).
    let pictures = 0
    for (let slide = 1; slide <= count; slide++) {
      await page.goto(`${DECK}#${slide}`)
      await expect(page.getByTestId('deck-counter')).toHaveText(`${slide} / ${count}`, { timeout: 150_000 })
      if ((await page.locator('.deck-slide--picture').count()) === 0) continue
      pictures++
      const headline = page.locator('.deck-slide__headline')
      expect(parseFloat(await headline.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28)
      const sizes = await pictureTextSizes(page)
      expect(sizes.length, `slide ${slide}`).toBeGreaterThan(3)
      expect(Math.min(...sizes), `slide ${slide}`).toBeGreaterThanOrEqual(20)
      // Nothing runs off the slide.
      const overflow = await page
        .locator('.deck-slide')
        .evaluate((el) => el.scrollHeight - el.clientHeight + (el.scrollWidth - el.clientWidth))
      expect(overflow, `slide ${slide}`).toBeLessThanOrEqual(0)
    }
    expect(pictures).toBeGreaterThanOrEqual(6)
  })

  test('the maps fill the slide: the neighbourhood map and an England map as tall as the slide allows, the legend beside them', async ({
    page,
  }) => {
    test.setTimeout(300_000)
    const { counter } = await openDeck(page)
    for (;;) {
      if (
        /: neighbourhoods by Index of Multiple Deprivation/.test(
          (await page.locator('.deck-slide h2').textContent()) ?? '',
        )
      )
        break
      const before = await counter.textContent()
      await page.keyboard.press('ArrowRight')
      await expect(counter).not.toHaveText(before ?? '')
    }
    await expectMapFillsSlide(page)

    // An England map, as added to a briefing from /map.
    await presentEnglandMap(page)
    await expect(page.locator('.deck-slide h2')).toHaveText(/^Children looked after at 31 March/, { timeout: 60_000 })
    await expectMapFillsSlide(page)
  })

  test('an England map plays through its years: p steps the year, large on the slide, every year on one colour scale', async ({
    page,
  }) => {
    test.setTimeout(300_000)
    await presentEnglandMap(page)
    const picture = page.locator('img.deck-slide__picture')
    await expect(picture).toBeVisible({ timeout: 90_000 })
    const whole = await picture.getAttribute('src')
    const year = page.locator('.deck-slide__year')
    await expect(year).toHaveCount(0)
    const markup = () => picture.evaluate(async (img: HTMLImageElement) => (await fetch(img.src)).text())
    const names = (svg: string) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])
    // The slide's title names the year the map shows, as the picture does: never 2025 over 2010's map. Both are read
    // at once, as the year may step on between two reads.
    const added = await page.locator('.deck-slide h2').textContent()
    expect(added).toMatch(/, year ending 31 March 2025$/)
    const expectTitleNamesYearShown = async () => {
      const [title, shown] = await page.evaluate(() =>
        ['.deck-slide h2', '.deck-slide__year'].map((s) => document.querySelector(s)?.textContent ?? ''),
      )
      expect(shown).toMatch(/^\d{4}$/)
      expect(title).toBe((added ?? '').replace(/2025$/, shown ?? ''))
    }

    await page.getByLabel('Speed').selectOption({ label: 'Slow' })
    await page.keyboard.press('p')
    await expect(year).toHaveText('2010')
    await expectTitleNamesYearShown()
    await expect(picture).not.toHaveAttribute('src', whole ?? '')
    expect(parseFloat(await year.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(72)
    await expect(picture).toHaveAttribute('alt', /, year ending 31 March 2010\. Same colours in every year/)
    // 2010's authorities: Poole and Bournemouth, not the council that replaced them in 2019.
    const first = await markup()
    expect(names(first)).toContain('Poole')
    expect(names(first)).not.toContain('Bournemouth, Christchurch and Poole')
    // The legend, beside the map, says which scale every year uses; the map still fills the slide while playing.
    expect(first).toContain('Same colours in every year: the classes of year ending 31 March 2025')
    await expectMapFillsSlide(page)
    await page.keyboard.press('p')
    await expect(page.getByRole('button', { name: 'Play the years (p)' })).toBeVisible()

    // Faster, to the end: it stops on the last year, still shown, and is drawn with the new authorities.
    await page.getByLabel('Speed').selectOption({ label: 'Fast' })
    await page.keyboard.press('p')
    await expect(year).toHaveText('2011')
    await expectTitleNamesYearShown()
    await expect(year).toHaveText('2025', { timeout: 30_000 })
    await expect(page.getByRole('button', { name: 'Play the years (p)' })).toBeVisible()
    await page.waitForTimeout(1_500)
    await expect(year).toHaveText('2025')
    await expectTitleNamesYearShown()
    const last = await markup()
    expect(names(last)).toContain('Bournemouth, Christchurch and Poole')
    expect(names(last)).not.toContain('Poole')
    // Play again starts from the first year.
    await page.keyboard.press('p')
    await expect(year).toHaveText('2010')
    await expectTitleNamesYearShown()
  })
})

test('full screen on f, high contrast on c', async ({ page }) => {
  test.setTimeout(200_000)
  await openDeck(page, '#3')
  await page.keyboard.press('f')
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
  await page.evaluate(() => document.exitFullscreen())
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true)
  const deck = page.locator('.deck')
  await page.keyboard.press('c')
  await expect(page.getByRole('button', { name: 'High contrast (c)' })).toHaveAttribute('aria-pressed', 'true')
  expect(await deck.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)')
  expect(await deck.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 255)')
})

test('an empty briefing says there is nothing to present', async ({ page }) => {
  await page.goto('/present')
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing to present' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('link', { name: 'Back to the briefing' })).toBeVisible()
})

test.describe('the deck itself', () => {
  // axe is injected as an inline script, which the app's policy forbids; this test alone bypasses it.
  test.use({ bypassCSP: true })
  test('has no serious or critical axe violations, in either theme, and reflows at 320 px', async ({ page }) => {
    test.setTimeout(200_000)
    await openDeck(page, '#7')
    await expect(page.locator('img.deck-slide__picture')).toBeVisible({ timeout: 60_000 })
    const violations = () => seriousAxeViolations(page)
    expect(await violations()).toEqual([])
    await page.keyboard.press('c')
    expect(await violations()).toEqual([])
    await page.setViewportSize({ width: 320, height: 640 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })
})

test('the speaker view follows the audience window and leads it: notes, next slide, timer', async ({ page }) => {
  test.setTimeout(300_000)
  const { counter, count } = await openDeck(page, '#2')
  const [speaker] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Speaker view' }).click(),
  ])
  const speakerCounter = speaker.getByTestId('deck-counter')
  await expect(speakerCounter).toHaveText(`2 / ${count}`, { timeout: 150_000 })
  await expect(speaker.getByRole('heading', { level: 1 })).toHaveText(/^Speaker view: Barnsley: the local picture$/)
  await expect(speaker.getByRole('heading', { name: 'Notes' })).toBeVisible()
  await expect(speaker.locator('.speaker__timer')).toHaveText(/^\d+:\d\d$/)
  // The audience moves on: the speaker's window follows, with what comes next.
  await page.keyboard.press('ArrowRight')
  await expect(counter).toHaveText(`3 / ${count}`)
  await expect(speakerCounter).toHaveText(`3 / ${count}`)
  const third = await page.locator('.deck-slide h2').textContent()
  await expect(speaker.getByTestId('speaker-current')).toHaveText(third ?? 'x')
  await page.keyboard.press('ArrowRight')
  await expect(counter).toHaveText(`4 / ${count}`)
  const fourth = await page.locator('.deck-slide h2').textContent()
  await expect(speakerCounter).toHaveText(`4 / ${count}`)
  await page.keyboard.press('ArrowLeft')
  await expect(speaker.getByTestId('speaker-next')).toHaveText(`Next: ${fourth}`)
  // The speaker moves the audience too (a laptop keyboard beside the projector).
  await speaker.keyboard.press('End')
  await expect(speakerCounter).toHaveText(`${count} / ${count}`)
  await expect(counter).toHaveText(`${count} / ${count}`)
  await expect(speaker.getByTestId('speaker-next')).toHaveText('Next: the end of the deck')
})

test('the reveal exercise hides each figure until the room has guessed, then shows it', async ({ page }) => {
  test.setTimeout(200_000)
  await page.goto(`${DECK}?reveal=1#2`)
  const counter = page.getByTestId('deck-counter')
  await expect(counter).toHaveText(/^2 \/ \d+$/, { timeout: 150_000 })
  const question = page.locator('.deck-slide__question')
  await expect(question).toContainText('What would you guess?')
  await expect(page.getByText(/^Barnsley, share of neighbourhoods/)).toHaveCount(0)
  // The first press reveals, the second moves on; a section title needs no reveal.
  await page.keyboard.press('Space')
  await expect(question).toHaveCount(0)
  await expect(page.locator('.deck-slide__text')).toContainText(/^Barnsley, share of neighbourhoods/)
  await expect(counter).toHaveText(/^2 \//)
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(counter).toHaveText(/^3 \//)
  await expect(question).toBeVisible()
  await page.getByRole('button', { name: 'Reveal' }).click()
  await expect(question).toHaveCount(0)
  // The exercise is switched off and on from the bar too, and the address says so.
  await page.getByRole('button', { name: 'Guess first' }).click()
  await expect(page).toHaveURL(new RegExp(`${DECK}#3$`))
  await page.getByRole('button', { name: 'Guess first' }).click()
  await expect(page).toHaveURL(new RegExp(`${DECK}\\?reveal=1#3$`))
  await expect(page.getByRole('button', { name: 'Guess first' })).toHaveAttribute('aria-pressed', 'true')
})

test('a trend plays through its years: p or Play, the year large on the slide, pause, and the whole chart at the end', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  const { counter, count } = await openDeck(page)
  // The first trend in the deck (the children in need rate, Barnsley against its neighbours and England).
  for (let slide = 1; slide <= count; slide++) {
    if (/ rate: Barnsley/.test((await page.locator('.deck-slide h2').textContent()) ?? '')) break
    await page.keyboard.press('ArrowRight')
    await expect(counter).toHaveText(new RegExp(`^${slide + 1} /`))
  }
  const picture = page.locator('img.deck-slide__picture')
  await expect(picture).toBeVisible({ timeout: 60_000 })
  const whole = await picture.getAttribute('src')
  const year = page.locator('.deck-slide__year')
  await expect(year).toHaveCount(0)
  const title = page.locator('.deck-slide h2')
  const added = (await title.textContent()) ?? ''
  expect(added).toMatch(/, 2010 to 2025$/)

  await page.getByLabel('Speed').selectOption({ label: 'Slow' })
  await page.keyboard.press('p')
  await expect(year).toHaveText('2010')
  await expect(picture).not.toHaveAttribute('src', whole ?? '')
  // The title names the years drawn so far, not the whole span.
  await expect(title).toHaveText(added.replace(/, 2010 to 2025$/, ', 2010'))
  await expect(year).toHaveText('2011', { timeout: 5_000 })
  await expect(title).toHaveText(added.replace(/, 2010 to 2025$/, ', 2010 to 2011'))
  await page.getByLabel('Speed').selectOption({ label: 'Fast' })
  // Large enough to read from the back of the room.
  expect(parseFloat(await year.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(72)
  await expect(year).toHaveText('2012', { timeout: 5_000 })

  // Paused, the year stays; Play carries on from there.
  await page.getByRole('button', { name: 'Pause (p)' }).click()
  const held = await year.textContent()
  await page.waitForTimeout(1_500)
  await expect(year).toHaveText(held ?? '')
  await page.getByRole('button', { name: 'Play the years (p)' }).click()
  await expect(year).not.toHaveText(held ?? '', { timeout: 5_000 })

  // At the last year the whole chart is back and Play is ready again; the slide's place never moved.
  await expect(year).toHaveCount(0, { timeout: 30_000 })
  await expect(picture).toHaveAttribute('src', whole ?? '')
  await expect(title).toHaveText(added)
  await expect(page.getByRole('button', { name: 'Play the years (p)' })).toBeVisible()
  await expect(counter).toHaveText(new RegExp(`^\\d+ / ${count}$`))
})
