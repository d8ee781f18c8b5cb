/**
 * The one place that knows the path the app is served under. It is set at build time (`CSC_BASE_PATH=/csc-explorer/
 * npm run build`; the default is the site root): vite.config.ts passes normaliseBasePath's result to Vite as `base`,
 * which becomes import.meta.env.BASE_URL. Everything that turns an app path into a URL (the router's basename, the
 * data files, anything added later such as a service worker's scope) goes through here, so one setting moves them all.
 */

/** `csc-explorer`, `/csc-explorer` or `/csc-explorer/` → `/csc-explorer/`; empty or undefined → `/`. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return '/'
  const segments = trimmed.split('/')
  if (!/^[A-Za-z0-9._~/-]+$/.test(trimmed) || segments.some((s) => s === '' || s === '.' || s === '..'))
    throw new Error(`base path "${raw}" is not a plain URL path such as /csc-explorer/`)
  return `/${trimmed}/`
}

/** The base the app was built with, always starting and ending with `/`. */
export function appBase(): string {
  return import.meta.env.BASE_URL
}

/** React Router's basename: the base without its trailing slash (`/csc-explorer`), or `/` at the site root. */
export function routerBasename(base: string = appBase()): string {
  return base.replace(/\/+$/, '') || '/'
}

/** URL of a file under public/data, e.g. `series/cla_rate.json` → `/csc-explorer/data/series/cla_rate.json`. */
export function dataUrl(path: string, base: string = appBase()): string {
  return `${base}data/${path}`
}
