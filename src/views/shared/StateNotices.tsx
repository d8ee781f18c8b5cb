import type { StateNotice } from '../../state/dashboardState'

/** Tells the user which parts of a link could not be used (never a silent fallback). */
export function StateNotices({ notices }: { notices: readonly StateNotice[] }) {
  if (notices.length === 0) return null
  return (
    <div className="notification-banner" role="region" aria-label="Link notices">
      <h2 className="notification-banner__title">Some parts of this link could not be used</h2>
      <ul>
        {notices.map((n) => (
          <li key={`${n.key}:${n.value}`}>{n.message}</li>
        ))}
      </ul>
    </div>
  )
}
