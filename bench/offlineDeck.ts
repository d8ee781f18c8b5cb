// Present mode with no network: how long a local-picture deck takes to open from the service worker's caches once
// the authority has been made available offline, which makes the deck's items and slide pictures ahead (issue target:
// at most 1 s, the first opening included). Part of `npm run bench`.
import type { Browser } from 'playwright-core'

const RUNS = 5

/**
 * Makes the authority available offline in a fresh browser context (service worker on), cuts the network, then
 * times RUNS openings of `/present/<code>`: milliseconds from navigation start until the first slide is on screen.
 */
export async function timeOfflineDeckOpen(browser: Browser, origin: string, code: string): Promise<number[]> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1920, height: 1080 } })
  try {
    const page = await context.newPage()
    await page.goto(`${origin}/area/${code}`)
    const keep = page.getByRole('button', { name: /^Make .+ available offline/ })
    await keep.waitFor({ timeout: 120_000 })
    await keep.click()
    // Making it available offline also makes its deck and draws every slide ahead, one view at a time.
    await page.getByText(/is available offline/).waitFor({ timeout: 180_000 })
    await context.setOffline(true)
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${origin}/present/${code}`, { waitUntil: 'commit' })
      await page.waitForFunction(
        () => /^1 \/ \d+$/.test(document.querySelector('[data-testid="deck-counter"]')?.textContent ?? ''),
        undefined,
        { timeout: 30_000 },
      )
      times.push(await page.evaluate(() => performance.now()))
      await page.goto('about:blank')
    }
    return times
  } finally {
    await context.close()
  }
}
