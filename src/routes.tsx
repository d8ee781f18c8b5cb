import type { RouteObject } from 'react-router'
import { AccessibilityView } from './views/accessibility/AccessibilityView'
import { AreaProfileView } from './views/area/AreaProfileView'
import { CompareView } from './views/compare/CompareView'
import { DataView } from './views/data/DataView'
import { DeprivationView } from './views/deprivation/DeprivationView'
import { HomeView } from './views/home/HomeView'
import { AppLayout } from './views/layout/AppLayout'
import { MapView } from './views/map/MapView'
import { NeighbourhoodsView } from './views/neighbourhoods/NeighbourhoodsView'
import { MethodsView } from './views/methods/MethodsView'
import { NotFoundView } from './views/notFound/NotFoundView'

/**
 * The route table. Every view renders inside AppLayout (header, <main>, footer), so a view returns only its content
 * (an <h1> first, and a <title> element, which React hoists into <head>).
 *
 * To add a route:
 *   1. create `src/views/<name>/<Name>View.tsx` exporting `<Name>View` (views are the only place data, state and
 *      charts meet);
 *   2. import it here and add `{ path: '<path>', element: <NameView /> }` to the children below, keeping the order of
 *      DESIGN.md §6 (`/`, `/area/:code`, `/compare`, `/map`, `/deprivation`, `/neighbourhoods/:code`, `/spending/:code`,
 *      `/data`, `/methods`, `/accessibility`); the catch-all `*` stays last;
 *   3. if it is a top-level page, add a link to `src/views/layout/navItems.ts`;
 *   4. keep view state in the query string through `useDashboardState()` (src/state) so a shared link reproduces it;
 *      path params (`:code`) are validated by the view against areas.json.
 */
export const APP_ROUTES: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomeView /> },
      { path: '/area/:code', element: <AreaProfileView /> },
      { path: '/compare', element: <CompareView /> },
      { path: '/map', element: <MapView /> },
      { path: '/deprivation', element: <DeprivationView /> },
      { path: '/neighbourhoods/:code', element: <NeighbourhoodsView /> },
      { path: '/data', element: <DataView /> },
      { path: '/methods', element: <MethodsView /> },
      { path: '/accessibility', element: <AccessibilityView /> },
      { path: '*', element: <NotFoundView /> },
    ],
  },
]
