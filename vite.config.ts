import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The app is a static SPA: every route falls back to index.html in dev and preview.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
})
