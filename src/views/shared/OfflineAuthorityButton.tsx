import { Link } from 'react-router'
import { formatBytes } from '../../offline/offlineFiles'
import { describeOfflineProgress } from '../../offline/offlineProgress'
import { useOfflineAuthority } from '../../offline/useOfflineAuthority'

/**
 * "Make available offline" for one authority, beside its profile: downloads its neighbourhood files (every
 * England-wide figure is already kept with the app) and draws its local-picture deck ahead, saying what it is doing,
 * how big it is and when it is done. Shown only where the browser can keep the app offline.
 */
export function OfflineAuthorityButton({ areaCode, areaName }: { areaCode: string; areaName: string }) {
  const { status, keep } = useOfflineAuthority(areaCode)
  if (status.kind === 'unavailable' || status.kind === 'checking') return null
  return (
    <p className="offline-authority no-print" aria-live="polite">
      {status.kind === 'kept' ? (
        <>
          <strong>{areaName} is available offline</strong> ({formatBytes(status.bytes)} with its slides): its profile,
          comparisons, deprivation, spending, neighbourhood maps and local-picture deck work with no network.{' '}
          <Link to="/offline">What is kept offline</Link>
        </>
      ) : status.kind === 'keeping' ? (
        describeOfflineProgress(areaName, status.progress)
      ) : (
        <>
          <button type="button" className="button button--secondary" onClick={() => void keep()}>
            Make {areaName} available offline ({formatBytes(status.fileBytes)}, then its slides are drawn)
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
