import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
// The DOM build of the provider, so a navigation can ask to be drawn at once (useDashboardState's `immediate`).
import { RouterProvider } from 'react-router/dom'
import { appBase, routerBasename } from './basePath'
import { shouldRetry } from './data/fetchJson'
import { areasQuery, indicatorsQuery, manifestQuery } from './data/queries'
import { refreshOfflineAuthorities } from './offline/offlineAuthorities'
import { registerServiceWorker } from './offline/serviceWorkerClient'
import { APP_ROUTES } from './routes'
import { prefetchHomeMap } from './views/home/prefetchHomeMap'
import './styles/app.css'

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: shouldRetry } } })
const router = createBrowserRouter(APP_ROUTES, { basename: routerBasename() })
// index.html preloads the three files nearly every view starts from: they are taken on every route, so a page that
// needs none of them (methods, a 404) does not leave the browser warning about a preload it never used.
void queryClient.prefetchQuery(manifestQuery())
void queryClient.prefetchQuery(areasQuery())
void queryClient.prefetchQuery(indicatorsQuery())
// A first visit to the home page fetches its map's data while the app starts (prefetchHomeMap.ts).
if ([appBase(), routerBasename()].includes(window.location.pathname))
  prefetchHomeMap(queryClient, window.location.search)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)

// Keep the app for use offline; once ready, bring the authorities kept offline up to this release's files.
registerServiceWorker({
  onReady: () =>
    void queryClient.ensureQueryData(manifestQuery()).then(
      (manifest) => refreshOfflineAuthorities(queryClient, manifest),
      () => undefined,
    ),
})
