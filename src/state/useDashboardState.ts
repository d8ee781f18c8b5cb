import { useQueries } from '@tanstack/react-query'
import { useCallback, useMemo, useRef } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router'
import { areasQuery, indicatorsQuery, manifestQuery } from '../data/queries'
import {
  DEFAULT_STATE,
  MAX_COMPARE,
  parseDashboardState,
  serializeDashboardState,
  type DashboardCatalogue,
  type DashboardState,
  type StateNotice,
} from './dashboardState'

export type StatePatch = Partial<DashboardState> | ((latest: DashboardState) => Partial<DashboardState>)

export interface UpdateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean
  /**
   * Render the change synchronously instead of in the router's transition. For a change the reader waits to see (a
   * new indicator on the map): a transition renders the whole view, deferred parts included, before painting any of
   * it, whereas a synchronous render paints what changed first and leaves `useDeferredValue` parts (the map's table)
   * to a later render.
   */
  immediate?: boolean
}

export interface DashboardStateHandle {
  /** 'loading' until areas, indicators and manifest are in; state is DEFAULT_STATE meanwhile. */
  status: 'loading' | 'error' | 'ready'
  state: DashboardState
  /** Values from the URL that were ignored, to show above the view. */
  notices: StateNotice[]
  catalogue: DashboardCatalogue | null
  error: Error | null
  retry: () => void
  /**
   * Merges a change into the URL (a new history entry unless replace). A function patch is given the latest state,
   * including changes made by earlier calls whose navigation has not yet rendered. `immediate` draws the change at
   * once rather than in a transition (see UpdateOptions).
   */
  update: (patch: StatePatch, options?: UpdateOptions) => void
  /** The query string for a state (for links to other routes carrying the same state). */
  searchFor: (patch?: Partial<DashboardState>) => string
}

/**
 * The dashboard state held in the URL's query string, validated against the catalogue in public/data. A view that can
 * show more compared authorities than a chart palette allows (the /data table) raises `maxCompare`.
 */
export function useDashboardState(options: { maxCompare?: number } = {}): DashboardStateHandle {
  const maxCompare = options.maxCompare ?? MAX_COMPARE
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  const location = useLocation()
  const [areas, indicators, manifest] = useQueries({ queries: [areasQuery(), indicatorsQuery(), manifestQuery()] })

  const catalogue = useMemo<DashboardCatalogue | null>(
    () =>
      areas.data && indicators.data && manifest.data
        ? { areas: areas.data, indicators: indicators.data, coverage: manifest.data.coverage }
        : null,
    [areas.data, indicators.data, manifest.data],
  )
  const parsed = useMemo(
    () =>
      catalogue ? parseDashboardState(searchParams, catalogue, { maxCompare }) : { state: DEFAULT_STATE, notices: [] },
    [searchParams, catalogue, maxCompare],
  )
  const error = areas.error ?? indicators.error ?? manifest.error ?? null
  const { state } = parsed

  const searchFor = useCallback(
    (patch: Partial<DashboardState> = {}) => {
      const query = serializeDashboardState({ ...state, ...patch }, catalogue)
      return query ? `?${query}` : ''
    },
    [state, catalogue],
  )
  // Router navigations render in a transition, so two quick changes (From year, then To year) can both be made
  // against the same rendered state; the second would write the first one's field back. Each update therefore builds
  // on the state the previous update asked for, until the URL catches up and a new state is parsed.
  const pending = useRef<{ basedOn: DashboardState; next: DashboardState } | null>(null)
  const update = useCallback(
    (patch: StatePatch, options: UpdateOptions = {}) => {
      const latest = pending.current?.basedOn === state ? pending.current.next : state
      const next = { ...latest, ...(typeof patch === 'function' ? patch(latest) : patch) }
      pending.current = { basedOn: state, next }
      const query = serializeDashboardState(next, catalogue)
      void navigate(
        { pathname: location.pathname, search: query ? `?${query}` : '' },
        { replace: options.replace ?? false, flushSync: options.immediate ?? false },
      )
    },
    [navigate, location.pathname, state, catalogue],
  )
  const retry = useCallback(() => {
    for (const q of [areas, indicators, manifest]) if (q.error) void q.refetch()
  }, [areas, indicators, manifest])

  return {
    status: error ? 'error' : catalogue ? 'ready' : 'loading',
    state,
    notices: parsed.notices,
    catalogue,
    error,
    retry,
    update,
    searchFor,
  }
}
