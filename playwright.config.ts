import { defineConfig } from '@playwright/test'

// Browser tests drive Debian's Chromium (never a downloaded browser) against the built app served by `vite preview`.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// E2E_PORT lets several checkouts run their browser suites side by side without reusing each other's server.
const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    acceptDownloads: true,
    // The app's service worker would answer requests before page.route could see them and keep files between
    // tests; tests/e2e/offline.spec.ts turns it on where it is what is being tested.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
