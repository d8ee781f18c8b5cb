import { messageSW, Workbox } from 'workbox-window'
import { appBase } from '../basePath'
import type { ServiceWorkerRequest } from './cacheNames'

/** Whether this page can keep the app for use offline, and whether it has. */
export type OfflineSupport =
  | { kind: 'unavailable'; reason: 'no-service-worker' | 'development' | 'file' }
  | { kind: 'installing' }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }

/** A newer build waiting to take over: with new figures, or new app code only. */
export interface WaitingUpdate {
  release: string | null
  newFigures: boolean
}

export interface ServiceWorkerState {
  support: OfflineSupport
  update: WaitingUpdate | null
}

let state: ServiceWorkerState = { support: { kind: 'unavailable', reason: 'no-service-worker' }, update: null }
const listeners = new Set<() => void>()
let workbox: Workbox | null = null

function setState(patch: Partial<ServiceWorkerState>): void {
  state = { ...state, ...patch }
  for (const listener of listeners) listener()
}

/** For useSyncExternalStore. */
export function subscribeServiceWorker(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export const serviceWorkerSnapshot = (): ServiceWorkerState => state

function ask(worker: ServiceWorker, request: ServiceWorkerRequest): Promise<unknown> {
  return messageSW(worker, request)
}

/**
 * Registers the service worker of a production build served over http(s). The development server (`npm start`)
 * has none, so code changes show at once; a page opened from disk cannot have one.
 */
export function registerServiceWorker({ onReady }: { onReady: () => void }): void {
  if (window.location.protocol === 'file:') return setState({ support: { kind: 'unavailable', reason: 'file' } })
  if (!import.meta.env.PROD) return setState({ support: { kind: 'unavailable', reason: 'development' } })
  if (!('serviceWorker' in navigator)) return
  const base = appBase()
  workbox = new Workbox(`${base}sw.js`, { scope: base })
  setState({ support: { kind: 'installing' } })
  workbox.addEventListener('waiting', (event) => {
    const waiting = event.sw
    const controller = navigator.serviceWorker.controller
    if (!waiting) return
    void Promise.all([
      ask(waiting, { type: 'GET_RELEASE' }),
      controller ? ask(controller, { type: 'GET_RELEASE' }) : null,
    ])
      .then(([next, current]) => {
        const release = typeof next === 'string' ? next : null
        setState({ update: { release, newFigures: release !== null && release !== current } })
      })
      .catch(() => setState({ update: { release: null, newFigures: false } }))
  })
  afterLoadWhenIdle()
    .then(() => workbox?.register())
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      setState({ support: { kind: 'ready' } })
      onReady()
    })
    .catch((error: unknown) =>
      setState({ support: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    )
}

/**
 * Waits for the page's load and then a quiet moment: the worker's first install downloads every England-wide file,
 * which must not compete with the first view's own requests (the home page's map is timed in `npm run bench`).
 */
function afterLoadWhenIdle(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }))
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 3000 })
        else setTimeout(resolve, 1000)
      }),
  )
}

/** Lets the waiting build take over, then reloads so the whole page is from one release. */
export function applyWaitingUpdate(): void {
  if (!workbox) return
  workbox.addEventListener('controlling', () => window.location.reload())
  workbox.messageSkipWaiting()
}

/** Puts the prompt away until the next visit; the waiting build takes over when every tab of the app is closed. */
export function postponeWaitingUpdate(): void {
  setState({ update: null })
}
