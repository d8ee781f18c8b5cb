// Draws the app's PNG icons (web app manifest, home screen) from the SVG marks in public/ with Debian's Chromium, so
// the pictures stay in step with the marks: `npx tsx scripts/make-icons.ts`. Run it after changing an SVG mark.
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const ICONS = [
  { svg: 'public/favicon.svg', png: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/favicon.svg', png: 'public/icons/icon-512.png', size: 512 },
  // Maskable: the mark sits inside the middle 60%, so a launcher's circle or squircle mask never cuts it.
  { svg: 'public/icons/icon-maskable.svg', png: 'public/icons/icon-maskable-512.png', size: 512 },
  { svg: 'public/icons/icon-maskable.svg', png: 'public/icons/apple-touch-icon-180.png', size: 180 },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
    const svg = readFileSync(icon.svg, 'utf8').replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`)
    writeFileSync(icon.png, await page.screenshot({ omitBackground: true }))
    await page.close()
  }
} finally {
  await browser.close()
}
