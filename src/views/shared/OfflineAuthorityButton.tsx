import { Link } from 'react-router'
import { formatBytes } from '../../offline/offlineFiles'
import { useOfflineAuthority } from '../../offline/useOfflineAuthority'

/**
 * "Make available offline" for one authority, beside its profile and its local picture: downloads its neighbourhood
 * files (every England-wide figure is already kept with the app) and says how big they are and when it is done.
 * Shown only where the browser can keep the app offline.
 */
export function OfflineAuthorityButton({ areaCode, areaName }: { areaCode: string; areaName: string }) {
  const { status, keep } = useOfflineAuthority(areaCode)
  if (status.kind === 'unavailable' || status.kind === 'checking') return null
  return (
    <p className="offline-authority no-print" aria-live="polite">
      {status.kind === 'kept' ? (
        <>
          <strong>{areaName} is available offline</strong>: its profile, comparisons, deprivation, spending,
          neighbourhood maps and local-picture deck work with no network.{' '}
          <Link to="/offline">What is kept offline</Link>
        </>
      ) : status.kind === 'downloading' ? (
        <>
          Downloading {areaName}'s neighbourhood files: {status.done} of {status.total}…
        </>
      ) : (
        <>
          <button type="button" className="button button--secondary" onClick={() => void keep()}>
            Make {areaName} available offline ({formatBytes(status.bytes)})
          </button>
          {status.kind === 'failed' && (
            <span role="alert" className="offline-authority__error">
              {status.message}
            </span>
          )}
        </>
      )}
    </p>
  )
}
