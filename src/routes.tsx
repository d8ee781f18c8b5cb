import type { RouteObject } from 'react-router'
import { HomeView } from './views/home/HomeView'
import { AppLayout } from './views/layout/AppLayout'
import { NotFoundView } from './views/notFound/NotFoundView'
import { Loading } from './views/shared/QueryStatus'

/**
 * The route table. Every view renders inside AppLayout (header, <main>, footer), so a view returns only its content
 * (an <h1> first, and a <title> element, which React hoists into <head>).
 *
 * To add a route:
 *   1. create `src/views/<name>/<Name>View.tsx` exporting `<Name>View` (views are the only place data, state and
 *      charts meet);
 *   2. add `{ path: '<path>', lazy: () => import('./views/<name>/<Name>View').then((m) => ({ Component: m.<Name>View })) }`
 *      to the children below, keeping the order of docs/architecture.md, "The app" (`/`, `/area/:code`, `/compare`,
 *      `/clusters`, `/map`, `/side-by-side`, `/deprivation`, `/neighbourhoods/:code`, `/gradient/:code`, `/spending/:code`, `/data`, `/methods`,
 *      `/offline`, `/accessibility`); the catch-all `*` stays last;
 *   3. if it is a top-level page, add a link to `src/views/layout/navItems.ts`;
 *   4. keep view state in the query string through `useDashboardState()` (src/state) so a shared link reproduces it;
 *      path params (`:code`) are validated by the view against areas.json.
 */
// Every view but the home page is loaded when first visited (React Router's route `lazy`), so a first visit downloads
// only the home page's code; tests/integration/budgets.test.ts holds that to the initial-JS budget.
export const APP_ROUTES: RouteObject[] = [
  {
    element: <AppLayout />,
    children: withPageFallback([
      { path: '/', element: <HomeView /> },
      {
        path: '/area/:code',
        lazy: () => import('./views/area/AreaProfileView').then((m) => ({ Component: m.AreaProfileView })),
      },
      {
        path: '/compare',
        lazy: () => import('./views/compare/CompareView').then((m) => ({ Component: m.CompareView })),
      },
      {
        path: '/clusters',
        lazy: () => import('./views/clusters/ClustersView').then((m) => ({ Component: m.ClustersView })),
      },
      { path: '/map', lazy: () => import('./views/map/MapView').then((m) => ({ Component: m.MapView })) },
      {
        path: '/side-by-side',
        lazy: () => import('./views/sideBySide/SideBySideView').then((m) => ({ Component: m.SideBySideView })),
      },
      {
        path: '/deprivation',
        lazy: () => import('./views/deprivation/DeprivationView').then((m) => ({ Component: m.DeprivationView })),
      },
      {
        path: '/neighbourhoods',
        lazy: () =>
          import('./views/neighbourhoods/NeighbourhoodsIndexView').then((m) => ({
            Component: m.NeighbourhoodsIndexView,
          })),
      },
      {
        path: '/neighbourhoods/:code',
        lazy: () =>
          import('./views/neighbourhoods/NeighbourhoodsView').then((m) => ({ Component: m.NeighbourhoodsView })),
      },
      {
        path: '/neighbourhoods/:code/analysis',
        lazy: () =>
          import('./views/neighbourhoods/NeighbourhoodAnalysisView').then((m) => ({
            Component: m.NeighbourhoodAnalysisView,
          })),
      },
      {
        path: '/gradient/:code',
        lazy: () => import('./views/gradient/GradientView').then((m) => ({ Component: m.GradientView })),
      },
      {
        path: '/spending/:code',
        lazy: () => import('./views/spending/SpendingView').then((m) => ({ Component: m.SpendingView })),
      },
      {
        path: '/briefing',
        lazy: () => import('./views/briefing/BriefingView').then((m) => ({ Component: m.BriefingView })),
      },
      {
        path: '/briefing/new/:code',
        lazy: () => import('./views/briefing/LocalPictureView').then((m) => ({ Component: m.LocalPictureView })),
      },
      { path: '/data', lazy: () => import('./views/data/DataView').then((m) => ({ Component: m.DataView })) },
      {
        path: '/methods',
        lazy: () => import('./views/methods/MethodsView').then((m) => ({ Component: m.MethodsView })),
      },
      {
        path: '/offline',
        lazy: () => import('./views/offline/OfflineView').then((m) => ({ Component: m.OfflineView })),
      },
      {
        path: '/accessibility',
        lazy: () => import('./views/accessibility/AccessibilityView').then((m) => ({ Component: m.AccessibilityView })),
      },
      { path: '*', element: <NotFoundView /> },
    ]),
  },
  // Present mode fills the screen, without the site's header and footer.
  ...withPageFallback(
    ['/present', '/present/:code'].map((path) => ({
      path,
      lazy: () => import('./views/present/PresentView').then((m) => ({ Component: m.PresentView })),
    })),
  ),
]

/**
 * A lazily loaded page shows a loading line inside the layout while its code arrives on the first load; without it the
 * whole app renders nothing meanwhile and React Router warns that no HydrateFallback was given.
 */
function withPageFallback(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) =>
    route.lazy ? { ...route, hydrateFallbackElement: <Loading>Loading the page…</Loading> } : route,
  )
}
