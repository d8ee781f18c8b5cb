import type { ReactNode } from 'react'

/** A loading message announced politely to screen readers. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  )
}

/** An error with a way out: every failed data request can be retried. */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="error-summary">
      <h2 className="error-summary__title">There is a problem</h2>
      <p>{error.message}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
