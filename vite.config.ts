import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { normaliseBasePath } from './src/basePath.ts'

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

// Where the app is served: CSC_BASE_PATH at build time (e.g. /csc-explorer/ for a project site), else the site root.
// The app is a static SPA: every route falls back to index.html in dev and preview (README, "Deploying", for hosts).
export default defineConfig({
  base: normaliseBasePath(process.env.CSC_BASE_PATH),
  plugins: [react()],
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
