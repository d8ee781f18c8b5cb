import type { ReactNode } from 'react'
import type { PageLoad } from './pageLoad'
import { LoadError, Loading } from './QueryStatus'

/**
 * What a page (or a section of one) shows until its data is in: its header, then the load error with a retry if a
 * request failed, else the loading message given as children. Every view uses this one pattern.
 */
export function PendingPage({ header, load, children }: { header?: ReactNode; load: PageLoad; children: ReactNode }) {
  return (
    <>
      {header}
      {load.error ? <LoadError error={load.error} onRetry={load.retry} /> : <Loading>{children}</Loading>}
    </>
  )
}
