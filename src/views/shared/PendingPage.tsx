import type { ReactNode } from 'react'
import { LoadError, Loading } from './QueryStatus'

/**
 * What a page shows until its data is in: its header, then the load error (with a retry) if a request failed, else
 * the loading message given as children.
 */
export function PendingPage({
  header,
  error,
  onRetry,
  children,
}: {
  header: ReactNode
  error: Error | null
  onRetry: () => void
  children: ReactNode
}) {
  return (
    <>
      {header}
      {error ? <LoadError error={error} onRetry={onRetry} /> : <Loading>{children}</Loading>}
    </>
  )
}
