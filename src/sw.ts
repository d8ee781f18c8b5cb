/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa from this file; see vite.config.ts). It keeps the app shell and every
// authority's published figures in the precache, so the dashboard opens and works with no network after one visit,
// and keeps the data files fetched at run time (neighbourhood maps and populations, made available offline per
// authority) in a cache named by the data release. A new release waits until the page asks it to take over, so a
// page never mixes old and new figures.
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'
import { dataCacheName, releaseOfPrecache, staleDataCaches, type ServiceWorkerRequest } from './offline/cacheNames'

type PrecacheEntry = string | { url: string; revision: string | null }
const worker = self as unknown as ServiceWorkerGlobalScope

// Written as `self.__WB_MANIFEST` so the build finds the place to put the precache list.
const precacheEntries = (self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST
const release = releaseOfPrecache(precacheEntries)
if (release === null) throw new Error('The precache list has no data/manifest.json entry carrying the data release')

precacheAndRoute(precacheEntries)
cleanupOutdatedCaches()
// The first visit's page is served through the worker as soon as it is ready, so what it views next is kept too.
// (A later release only activates when the page asks, and the page then reloads.)
clientsClaim()

// Every page of the single-page app is index.html; the router draws the route.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')))

// Data files outside the precache: from this release's cache when there, else from the network and kept.
const dataPath = new URL('data/', worker.registration.scope).pathname
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' && url.origin === worker.location.origin && url.pathname.startsWith(dataPath),
  new CacheFirst({ cacheName: dataCacheName(release) }),
)

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(staleDataCaches(names, release).map((name) => caches.delete(name)))),
  )
})

worker.addEventListener('message', (event: ExtendableMessageEvent) => {
  const request = event.data as ServiceWorkerRequest
  if (request?.type === 'SKIP_WAITING') void worker.skipWaiting()
  if (request?.type === 'GET_RELEASE') event.ports[0]?.postMessage(release)
})
