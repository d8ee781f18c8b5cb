import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** A loading message announced politely to screen readers. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  )
}

/**
 * An error with a way out: every failed data request can be retried. With no network, it also says what works
 * offline, since the file missing is then one nobody made available offline (say, another authority's neighbourhoods).
 */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="error-summary">
      <h2 className="error-summary__title">There is a problem</h2>
      <p>{error.message}</p>
      {!navigator.onLine && (
        <p>
          This device is offline. Every authority's published figures work offline, but neighbourhood maps only for the
          authorities made available offline: see <Link to="/offline">use with no network</Link>.
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
