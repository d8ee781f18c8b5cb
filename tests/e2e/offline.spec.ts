import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startStaticHost } from './support/staticHost'

// A workshop with no Wi-Fi: the app kept by its service worker, Barnsley made available offline, then the network cut.
test.use({ serviceWorkers: 'allow' })
test.describe.configure({ timeout: 240_000 })

const BARNSLEY = 'E08000016'

/** Requests for the app's own files that failed: with the network off, every one would be a gap in the view. */
function failedAppRequests(page: Page): string[] {
  const failed: string[] = []
  page.on('requestfailed', (request) => {
    const url = new URL(request.url())
    if (url.pathname.includes('/data/') || url.pathname.includes('/assets/')) failed.push(url.pathname)
  })
  return failed
}

async function makeBarnsleyAvailableOffline(page: Page) {
  await page.goto(`/area/${BARNSLEY}`)
  const keep = page.getByRole('button', {
    name: /^Make Barnsley available offline \(\d+ kB, then its slides are drawn\)$/,
  })
  // The button appears once the service worker has kept the app and the England-wide figures.
  await expect(keep).toBeVisible({ timeout: 120_000 })
  await keep.click()
  // It says what it is doing: the files, then the deck's slides, one by one.
  await expect(page.getByText(/^Making the slides: \d+ of \d+…$/)).toBeVisible({ timeout: 60_000 })
  const kept = page.getByText(/^Barnsley is available offline \(\d+(\.\d)? (kB|MB) with its slides\)/)
  await expect(kept).toBeVisible({ timeout: 120_000 })
}

/** Counts the frames a page ever adds (drawing a slide through its view adds a hidden one), from before it loads. */
async function countFramesAdded(page: Page) {
  await page.addInitScript(() => {
    const seen = { frames: 0 }
    Object.assign(window, { framesAdded: seen })
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.addedNodes)
          if (node instanceof HTMLIFrameElement || (node instanceof Element && node.querySelector('iframe')))
            seen.frames++
    }).observe(document, { childList: true, subtree: true })
  })
  return () => page.evaluate(() => (window as unknown as { framesAdded: { frames: number } }).framesAdded.frames)
}

test('with Barnsley made available offline, its views and its deck work with the network cut', async ({
  page,
  context,
}) => {
  await makeBarnsleyAvailableOffline(page)
  await context.setOffline(true)
  const failed = failedAppRequests(page)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Barnsley' })).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.figures li').first()).toBeVisible()

  await page.goto(`/compare?area=${BARNSLEY}`)
  await expect(page.locator('main svg').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)

  await page.goto(`/deprivation?area=${BARNSLEY}`)
  await expect(page.locator('main svg').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)

  await page.goto(`/spending/${BARNSLEY}`)
  await expect(page.locator('main svg').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)

  await page.goto(`/neighbourhoods/${BARNSLEY}`)
  await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)

  // The deck in a fresh page, as a facilitator opens it in the room: its items and every slide's picture were made
  // ahead, so it opens at once and no slide is drawn through a hidden view.
  const deck = await context.newPage()
  const failedInDeck = failedAppRequests(deck)
  const framesAdded = await countFramesAdded(deck)
  await deck.goto(`/present/${BARNSLEY}`)
  const counter = deck.getByTestId('deck-counter')
  await expect(counter).toHaveText(/^1 \/ \d+$/, { timeout: 10_000 })
  const count = Number(/\/ (\d+)$/.exec((await counter.textContent()) ?? '')?.[1])
  let pictures = 0
  for (let slide = 1; slide <= count; slide++) {
    if (slide > 1) await deck.keyboard.press('ArrowRight')
    await expect(counter).toHaveText(`${slide} / ${count}`)
    if ((await deck.locator('.deck-slide--picture').count()) === 0) continue
    const picture = deck.locator('img.deck-slide__picture')
    await expect(picture).toBeVisible({ timeout: 10_000 })
    // The picture has loaded (an <img> of a missing or broken SVG has no natural width).
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true)
    pictures++
  }
  expect(pictures).toBeGreaterThanOrEqual(4)
  expect(await framesAdded()).toBe(0)
  await expect(deck.getByRole('alert')).toHaveCount(0)
  expect(failedInDeck).toEqual([])

  // Letting Barnsley go removes its kept deck too: its items and every slide picture.
  await deck.goto('/offline')
  await deck.getByRole('button', { name: 'Remove Barnsley' }).click()
  await expect(deck.getByText('None yet.')).toBeVisible()
  const keptDeck = await deck.evaluate(async (code) => {
    const pictures: string[] = []
    for (const name of (await caches.keys()).filter((n) => n.startsWith('csc-deck-')))
      for (const request of await (await caches.open(name)).keys())
        if (request.url.includes(`/deck-pictures/${code}/`)) pictures.push(request.url)
    return { pictures, items: localStorage.getItem(`csc-explorer:local-picture:${code}`) }
  }, BARNSLEY)
  expect(keptDeck).toEqual({ pictures: [], items: null })

  expect(failed).toEqual([])
})

test('an authority not made available offline says what is missing instead of a blank page', async ({
  page,
  context,
}) => {
  await makeBarnsleyAvailableOffline(page)
  await context.setOffline(true)
  // Leeds's published figures are kept with the app; its neighbourhood boundaries were never downloaded.
  await page.goto('/area/E08000035')
  await expect(page.getByRole('heading', { level: 1, name: 'Leeds' })).toBeVisible({ timeout: 30_000 })
  await page.goto('/neighbourhoods/E08000035')
  const problem = page.getByRole('alert')
  await expect(problem).toContainText('lsoa/2021/E08000035.json', { timeout: 60_000 })
  await expect(problem).toContainText('This device is offline')
  await expect(problem.getByRole('link', { name: 'use with no network' })).toBeVisible()
})

test('a new data release is offered, not forced, and then replaces the old one whole', async ({ page }) => {
  const dist = resolve('dist')
  const work = mkdtempSync(join(tmpdir(), 'csc-release-'))
  const first = join(work, 'first')
  const second = join(work, 'second')
  cpSync(dist, first, { recursive: true })
  cpSync(dist, second, { recursive: true })
  // The second release: the same files under a new release name, in the data manifest and in the service worker's
  // precache list (the release is every data file's revision), as a rebuild with changed figures would give.
  const oldRelease = (JSON.parse(readFileSync(join(first, 'data/manifest.json'), 'utf8')) as { release: string })
    .release
  const newRelease =
    [...oldRelease].reverse().join('') === oldRelease ? 'f'.repeat(16) : [...oldRelease].reverse().join('')
  for (const file of ['data/manifest.json', 'sw.js']) {
    const path = join(second, file)
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(oldRelease, newRelease))
  }
  let root = first
  const host = await startStaticHost(() => root)
  try {
    // A plain static host has no fallback to index.html for /offline, so start at / and follow the footer's link.
    await page.goto(`${host.origin}/`)
    await page.getByRole('link', { name: 'Use with no network' }).click()
    await expect(page.getByText('Ready:')).toBeVisible({ timeout: 120_000 })
    await expect(page.locator('main')).toContainText(`data release ${oldRelease}`)
    await page.getByRole('combobox', { name: /Add an authority/ }).fill('Barnsley')
    await page
      .getByRole('option', { name: /^Barnsley/ })
      .first()
      .click()
    await page.getByRole('button', { name: /^Make available offline/ }).click()
    await expect(page.getByRole('button', { name: 'Remove Barnsley' })).toBeVisible({ timeout: 60_000 })

    root = second
    await page.reload()
    const prompt = page.getByRole('status').filter({ hasText: 'New figures are available' })
    await expect(prompt).toBeVisible({ timeout: 120_000 })
    // Until the reader chooses, the page keeps the release it opened with.
    await expect(page.locator('main')).toContainText(`data release ${oldRelease}`)

    await prompt.getByRole('button', { name: 'Reload with the new figures' }).click()
    await expect(page.locator('main')).toContainText(`data release ${newRelease}`, { timeout: 60_000 })
    await expect(page.getByRole('status').filter({ hasText: 'New figures' })).toHaveCount(0)
    // Barnsley is kept for the new release, and only the new release's run-time cache is left.
    await expect(page.getByRole('button', { name: 'Remove Barnsley' })).toBeVisible({ timeout: 60_000 })
    const dataCaches = await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name.startsWith('csc-data-')),
    )
    expect(dataCaches).toEqual([`csc-data-${newRelease}`])
  } finally {
    await host.close()
    rmSync(work, { recursive: true, force: true })
  }
})
