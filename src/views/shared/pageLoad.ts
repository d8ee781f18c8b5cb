import type { DashboardStateHandle } from '../../state/useDashboardState'

/**
 * Where a page's data requests stand, taken together: the first error (with a retry of every failed request), else
 * whether any is still on its way. Every view waits and fails the same way through this (and PendingPage).
 */
export interface PageLoad {
  pending: boolean
  error: Error | null
  retry: () => void
}

/** The part of a TanStack Query result a page load reads. */
interface QueryLike {
  isPending: boolean
  error: Error | null
  refetch: () => unknown
}

/** Several requests as one load. */
export function loadOf(queries: readonly QueryLike[]): PageLoad {
  const failed = queries.filter((q) => q.error)
  return {
    pending: queries.some((q) => q.isPending),
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const q of failed) void q.refetch()
    },
  }
}

/** The catalogue behind the URL state (areas, indicators, manifest) as a load. */
export function loadOfDashboard(dashboard: Pick<DashboardStateHandle, 'status' | 'error' | 'retry'>): PageLoad {
  return {
    pending: dashboard.status === 'loading',
    error: dashboard.status === 'error' ? dashboard.error : null,
    retry: dashboard.retry,
  }
}

/** Loads taken together: the first error in order, pending while any is, a retry of each. */
export function combineLoads(loads: readonly PageLoad[]): PageLoad {
  const failed = loads.filter((l) => l.error)
  return {
    pending: loads.some((l) => l.pending),
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const l of failed) l.retry()
    },
  }
}
