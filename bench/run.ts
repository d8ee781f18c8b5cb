// npm run bench: measures the ETL, the bundle and data sizes, and the app's speed in headless Chromium, and writes
// bench/results/latest.json. Times are reported (median and spread over several runs), never asserted.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cpus, loadavg } from 'node:os'
import { chromium, type Page } from 'playwright-core'
import { allAssets, countBytes, initialAssets } from './bundleBytes'
import { BUDGETS, INITIAL_DATA_FILES } from './budgets'
import { timeOfflineDeckOpen } from './offlineDeck'
import { summarise } from './stats'
import { rawDir } from '../scripts/lib/rawDir'

const REPO = resolve(import.meta.dirname, '..')
const RAW = rawDir()
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ETL_RUNS = 3
const LOAD_RUNS = 5
const SWITCHES = 20
const PORT = 4199

/**
 * The Node flags `npm run data:build` gives the build (package.json): its heap ceiling, without which V8 lets the heap
 * grow to several times the build's live data before collecting. The probe runs with the same flags.
 */
function etlNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  return pkg.scripts['data:build']?.match(/--[\w-]+=\S+/g) ?? []
}

function measureEtl() {
  const flags = etlNodeFlags()
  const runs = Array.from({ length: ETL_RUNS }, () => {
    const out = join('/tmp', `csc-bench-etl-${process.pid}`)
    const json = execFileSync('npx', ['tsx', ...flags, join(REPO, 'bench/etlProbe.ts'), RAW, out], {
      cwd: REPO,
      encoding: 'utf8',
    })
    execFileSync('rm', ['-rf', out])
    return JSON.parse(json.trim().split('\n').pop() ?? '{}') as { ms: number; peakRssMb: number }
  })
  return { wallMs: summarise(runs.map((r) => r.ms)), peakRssMb: summarise(runs.map((r) => r.peakRssMb)) }
}

function measureBytes(dist: string) {
  const initial = initialAssets(dist)
  return {
    initialJs: countBytes(initial.js),
    initialCss: countBytes(initial.css),
    allJs: countBytes(allAssets(dist, '.js')),
    allCss: countBytes(allAssets(dist, '.css')),
    initialData: countBytes(INITIAL_DATA_FILES.map((f) => join(REPO, 'public/data', f))),
  }
}

async function startPreview(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: REPO,
    stdio: 'pipe',
    detached: true,
  })
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return () => process.kill(-(server.pid ?? 0))
}

/**
 * Milliseconds from navigation start until the home page's England map (SVG, no map library) has drawn its
 * authorities, and the data files the page had asked for by then (what it fetches afterwards, such as the series it
 * prefetches once idle, is not part of the first paint).
 */
async function timeFirstMapPaint(page: Page): Promise<{ ms: number; dataFiles: string[] }> {
  await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'commit' })
  await page.waitForFunction(() => document.querySelectorAll('main path.map-area').length > 100, undefined, {
    timeout: 30_000,
  })
  return page.evaluate(() => {
    const ms = performance.now()
    const dataFiles = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < ms)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/data/'))
      .map((path) => path.slice('/data/'.length))
    return { ms, dataFiles }
  })
}

/**
 * Installed in the page before each switch: resolves `window.indicatorSwitch` with the milliseconds from an option's
 * mousedown to the frame after the map's first repaint. A string, because the bench runner's compiler wraps named
 * functions in a helper the page does not have.
 */
const WATCH_INDICATOR_SWITCH = `
  window.indicatorSwitch = new Promise((resolve) => {
    const pane = document.querySelector('.leaflet-overlay-pane')
    if (!pane) return resolve(NaN)
    let started = null
    const onChoose = (event) => {
      if (event.target instanceof Element && event.target.closest('[role="option"]')) started = performance.now()
    }
    document.addEventListener('mousedown', onChoose, { capture: true })
    const timeout = setTimeout(() => resolve(NaN), 10000)
    const observer = new MutationObserver(() => {
      if (started === null) return
      const from = started
      observer.disconnect()
      document.removeEventListener('mousedown', onChoose, { capture: true })
      requestAnimationFrame(() => {
        clearTimeout(timeout)
        resolve(performance.now() - from)
      })
    })
    observer.observe(pane, { attributes: true, childList: true, subtree: true })
  })
  // Not the promise itself: evaluating it would wait for the switch before the option is chosen.
  undefined
`

/**
 * Milliseconds from choosing another indicator in the picker (the option's mousedown, where the combobox commits the
 * choice) until the map's polygons have been repainted with it (the first DOM change in the overlay pane, then the
 * frame after it). Includes fetching the indicator's series the first time.
 */
async function timeIndicatorSwitches(page: Page): Promise<number[]> {
  await page.goto(`http://127.0.0.1:${PORT}/map`)
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-overlay-pane path').length > 100)
  const picker = page.getByRole('combobox', { name: 'Indicator' })
  await picker.click()
  await picker.press('ArrowDown')
  const names = (await page.getByRole('option').locator('strong').allTextContents()).slice(0, SWITCHES + 1)
  await picker.press('Escape')
  const samples: number[] = []
  for (let i = 0; i < SWITCHES; i++) {
    const name = names[(i + 1) % names.length] ?? ''
    await page.evaluate(WATCH_INDICATOR_SWITCH)
    await picker.click()
    await picker.fill(name)
    await page.getByRole('option').filter({ hasText: name }).first().dispatchEvent('mousedown')
    const ms = await page.evaluate(() => (window as unknown as { indicatorSwitch: Promise<number> }).indicatorSwitch)
    if (Number.isFinite(ms)) samples.push(ms)
  }
  return samples
}

/**
 * Installed in the page: `window.slideStep()` presses → (a keydown on the window, as the deck listens) and resolves with
 * the milliseconds until the next slide is on screen with its chart: the slide's label has changed, its picture (a
 * chart or map drawn from the data) has loaded, and a frame has been painted after that. A string, as above.
 */
const WATCH_SLIDE_STEP = `
  window.slideStep = () => new Promise((resolve) => {
    const stage = () => document.querySelector('.deck__stage')
    const before = stage() ? stage().getAttribute('aria-label') : null
    const started = performance.now()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    const check = () => {
      const now = stage()
      const label = now ? now.getAttribute('aria-label') : null
      const picture = now ? now.querySelector('img.deck-slide__picture') : null
      const drawing = now ? now.querySelector('.deck-slide__loading') : null
      const ready = label !== before && !drawing && (!picture || (picture.complete && picture.naturalWidth > 0))
      if (ready) requestAnimationFrame(() => resolve(performance.now() - started))
      else if (performance.now() - started > 10000) resolve(NaN)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  undefined
`

/**
 * Milliseconds per step through Barnsley's local-picture deck (/present/E08000016), from → to the next slide painted
 * with its chart, every slide from the first to the last. The deck is opened and its first slide drawn first; each
 * step then counts whatever the deck has (or has not) drawn ahead while the previous slide was shown, after a pause
 * of a presenter's second.
 */
async function timeSlideSteps(page: Page): Promise<{ slides: number; steps: number[] }> {
  await page.goto(`http://127.0.0.1:${PORT}/present/E08000016`)
  await page.getByTestId('deck-counter').waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => !document.querySelector('.deck-slide__loading'), undefined, { timeout: 30_000 })
  const counter = (await page.getByTestId('deck-counter').textContent()) ?? ''
  const slides = Number(/\/\s*(\d+)/.exec(counter)?.[1] ?? 0)
  await page.evaluate(WATCH_SLIDE_STEP)
  const steps: number[] = []
  for (let i = 1; i < slides; i++) {
    await page.waitForTimeout(1000)
    const ms = await page.evaluate(() => (window as unknown as { slideStep: () => Promise<number> }).slideStep())
    if (Number.isFinite(ms)) steps.push(ms)
  }
  return { slides, steps }
}

/** Milliseconds to render the neighbourhood (LSOA) map of the authority with the most LSOAs. */
async function timeLargestLsoaMap(page: Page, code: string): Promise<number> {
  const started = Date.now()
  await page.goto(`http://127.0.0.1:${PORT}/neighbourhoods/${code}`)
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-overlay-pane path').length > 500, undefined, {
    timeout: 60_000,
  })
  return Date.now() - started
}

/**
 * /data's largest selection: every authority, the first 12 indicators and every year, until the capped table and its
 * notice are on screen (the browser test checks what it shows; this is how long it takes).
 */
async function timeLargestDataTable(page: Page): Promise<number> {
  const ids = (JSON.parse(readFileSync(join(REPO, 'public/data/indicators.json'), 'utf8')) as { id: string }[])
    .slice(0, 12)
    .map((i) => i.id)
  const started = Date.now()
  await page.goto(`http://127.0.0.1:${PORT}/data?group=all&indicators=${ids.join('~')}&from=2010&to=2025`)
  await page
    .getByRole('status')
    .filter({ hasText: /Showing the first [\d,]+ of [\d,]+ rows/ })
    .waitFor({ timeout: 60_000 })
  return Date.now() - started
}

/**
 * A council's file for Kent read, checked and summed by the /gradient worker: milliseconds from handing the file to
 * the worker until its answer ('gradient:worker', measured by the page) and until the results are on screen. Kent has
 * 902 LSOAs (2011), so its complete file has 902 rows; the 1,000-row file adds 98 of Medway's, which the worker reads
 * in full and rejects as outside Kent.
 */
async function timeGradient(page: Page, file: { name: string; csv: string }, expectResults: boolean) {
  await page.goto(`http://127.0.0.1:${PORT}/gradient/E10000016`)
  await page.getByRole('button', { name: 'Use a synthetic example' }).waitFor({ timeout: 30_000 })
  const started = Date.now()
  await page.getByLabel(/Choose a CSV or Excel/).setInputFiles({
    name: file.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(file.csv),
  })
  await page
    .getByRole(expectResults ? 'heading' : 'alert', { name: expectResults ? /^Results for Kent/ : /could not be used/ })
    .waitFor({ timeout: 30_000 })
  const onScreen = Date.now() - started
  const worker = await page.evaluate(() => performance.getEntriesByName('gradient:worker').at(-1)?.duration ?? NaN)
  return { worker, onScreen }
}

function gradientFiles() {
  const codesOf = (area: string) =>
    (
      JSON.parse(readFileSync(join(REPO, `public/data/lsoa-population/${area}.json`), 'utf8')) as {
        lsoa11: { codes: string[] }
      }
    ).lsoa11.codes
  const kent = codesOf('E10000016')
  const medway = codesOf('E06000035').slice(0, 1000 - kent.length)
  const rows = (codes: string[]) => codes.map((c, i) => `${c},${(i * 7) % 13},${(i * 5) % 11},${(i * 3) % 9}`)
  return {
    kent: { name: 'kent.csv', csv: ['lsoa_code,cin,cpp,cla', ...rows(kent)].join('\n'), rows: kent.length },
    thousand: {
      name: 'kent-1000.csv',
      csv: ['lsoa_code,cin,cpp,cla', ...rows([...kent, ...medway])].join('\n'),
      rows: kent.length + medway.length,
    },
  }
}

async function measureBrowser(largestArea: string) {
  const stop = await startPreview()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  try {
    const paints: number[] = []
    const dataRequested = new Set<string>()
    for (let i = 0; i < LOAD_RUNS; i++) {
      const context = await browser.newContext() // a fresh context is a cold cache
      const paint = await timeFirstMapPaint(await context.newPage())
      paints.push(paint.ms)
      for (const file of paint.dataFiles) dataRequested.add(file)
      await context.close()
    }
    const context = await browser.newContext()
    const page = await context.newPage()
    const switches = await timeIndicatorSwitches(page)
    const deck = await timeSlideSteps(await (await browser.newContext()).newPage())
    const lsoa: number[] = []
    for (let i = 0; i < 3; i++)
      lsoa.push(await timeLargestLsoaMap(await (await browser.newContext()).newPage(), largestArea))
    const dataTable: number[] = []
    for (let i = 0; i < 3; i++) dataTable.push(await timeLargestDataTable(await (await browser.newContext()).newPage()))
    const files = gradientFiles()
    const kent: Array<{ worker: number; onScreen: number }> = []
    const thousand: Array<{ worker: number; onScreen: number }> = []
    for (let i = 0; i < 5; i++) {
      kent.push(await timeGradient(await (await browser.newContext()).newPage(), files.kent, true))
      thousand.push(await timeGradient(await (await browser.newContext()).newPage(), files.thousand, false))
    }
    const offlineDeck = await timeOfflineDeckOpen(browser, `http://127.0.0.1:${PORT}`, 'E08000016')
    const requested = [...dataRequested].sort()
    return {
      // The data files a cold first visit asked for before the map painted, and whether they are the ones the byte
      // budget test counts (bench/budgets.ts INITIAL_DATA_FILES): a drift shows here.
      initialDataRequested: {
        files: requested,
        bytes: countBytes(requested.map((f) => join(REPO, 'public/data', f))),
        matchesBudgetList: requested.join() === [...INITIAL_DATA_FILES].sort().join(),
      },
      firstMapPaintMs: summarise(paints),
      indicatorSwitchMs: summarise(switches, true),
      presentSlideStepMs: { deck: '/present/E08000016', slides: deck.slides, ...summarise(deck.steps, true) },
      largestLsoaMapMs: { area: largestArea, ...summarise(lsoa) },
      largestDataTableMs: summarise(dataTable),
      gradientKent: {
        rows: files.kent.rows,
        workerMs: summarise(kent.map((k) => k.worker)),
        resultsOnScreenMs: summarise(kent.map((k) => k.onScreen)),
      },
      gradientThousandRowsRejected: {
        rows: files.thousand.rows,
        workerMs: summarise(thousand.map((k) => k.worker)),
        messageOnScreenMs: summarise(thousand.map((k) => k.onScreen)),
      },
      offlineDeckOpenMs: { area: 'E08000016', ...summarise(offlineDeck) },
    }
  } finally {
    await browser.close()
    stop()
  }
}

async function main() {
  // The machine's load when the run starts (1, 5 and 15 minute averages): timings on a busy machine read high.
  const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100)
  const dist = join(REPO, 'dist')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' })
  const bytes = measureBytes(dist)
  const etl = measureEtl()
  const deciles = (await import(join(REPO, 'public/data/deprivation/lsoa_deciles.json'), { with: { type: 'json' } }))
    .default as { areas: Record<string, { total: number }> }
  const largest = Object.entries(deciles.areas).sort((a, b) => b[1].total - a[1].total)[0]?.[0] ?? 'E10000016'
  const browser = await measureBrowser(largest)
  const results = {
    machine: { cpus: cpus().length, node: process.version, loadAtStart },
    targets: {
      initialJsGzipBytes: BUDGETS.initialJsGzip,
      initialDataGzipBytes: BUDGETS.initialDataGzip,
      firstMapPaintMs: 600,
      indicatorSwitchP95Ms: 50,
      presentSlideStepP95Ms: 100,
      etlMs: 60_000,
      etlPeakRssMb: 1536,
      gradientKentWorkerMs: 1000,
      offlineDeckOpenMs: 1000,
    },
    etl,
    bytes,
    browser,
  }
  mkdirSync(join(REPO, 'bench/results'), { recursive: true })
  writeFileSync(join(REPO, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n')
  console.log(JSON.stringify(results, null, 2))
}

await main()
