import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { normaliseBasePath } from './src/basePath.ts'
import { coreDataFiles } from './src/offline/offlineFiles.ts'

/** The headers public/_headers asks static hosts to send for every path, so preview and dev send them too. */
function headersFile(): Record<string, string> {
  const lines = readFileSync(new URL('./public/_headers', import.meta.url), 'utf8').split('\n')
  const headers: Record<string, string> = {}
  for (const line of lines.slice(lines.indexOf('/*') + 1)) {
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line)
    if (!header) break
    headers[header[1] as string] = (header[2] as string).trim()
  }
  return headers
}

/**
 * The England-wide data files the service worker precaches beside the app shell, each with the data release as its
 * revision: a new release replaces them all at once, and the release can be read back from the precache list.
 */
function corePrecacheEntries(): { url: string; revision: string }[] {
  // Read without the zod schema, which the config loader cannot import; the app validates the file when it loads it.
  const manifest = JSON.parse(readFileSync(new URL('./public/data/manifest.json', import.meta.url), 'utf8')) as {
    release?: unknown
    files: { path: string; bytes: number }[]
  }
  if (typeof manifest.release !== 'string' || !/^[0-9a-f]{16}$/.test(manifest.release))
    throw new Error('public/data/manifest.json has no release: rebuild the data with npm run data:build')
  const release = manifest.release
  return coreDataFiles(manifest).map((file) => ({ url: `data/${file.path}`, revision: release }))
}

// Where the app is served: CSC_BASE_PATH at build time (e.g. /csc-explorer/ for a project site), else the site root.
// The app is a static SPA: every route falls back to index.html in dev and preview (README, "Deploying", for hosts).
export default defineConfig({
  base: normaliseBasePath(process.env.CSC_BASE_PATH),
  plugins: [
    react(),
    // The service worker (src/sw.ts) and the web app manifest, so the dashboard installs and works with no network.
    // The page registers the worker itself (src/offline/serviceWorkerClient.ts) to offer a reload when a new release
    // is waiting; no inline script, so the Content-Security-Policy stays script-src 'self'.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Data files are listed by corePrecacheEntries (England-wide) or fetched per authority at run time.
        globIgnores: ['data/**'],
        additionalManifestEntries: corePrecacheEntries(),
        // The largest chunk (the spreadsheet reader for uploaded .xlsx files) must be kept too, for offline use.
        maximumFileSizeToCacheInBytes: 2_000_000,
      },
      manifest: {
        name: 'CSC Explorer',
        short_name: 'CSC Explorer',
        description:
          "Deprivation, children's services spending and intervention rates for every English local authority",
        lang: 'en-GB',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b0c0c',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  // Module workers, so the gradient worker's .xlsx reader stays a chunk of its own, loaded only for .xlsx files.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, headers: headersFile() },
  // strictPort: a busy port stops `npm start` with Vite's "Port 5173 is already in use" instead of moving elsewhere.
  server: { port: 5173, strictPort: true, headers: headersFile() },
})
