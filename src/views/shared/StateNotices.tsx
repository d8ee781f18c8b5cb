import type { StateNotice } from '../../state/dashboardState'

/** The longest notice shown in full: a link can echo a 100 KB value, which would fill the page. */
export const MAX_NOTICE_LENGTH = 200
/** How many different notices are listed; the rest are counted. */
export const MAX_NOTICES = 10

/** Identical notices once each, with how many times they occurred, in first-seen order; long ones shortened. */
export function summariseNotices(notices: readonly StateNotice[]): { message: string; times: number }[] {
  const counts = new Map<string, number>()
  for (const { message } of notices) {
    const shown = message.length > MAX_NOTICE_LENGTH ? `${message.slice(0, MAX_NOTICE_LENGTH - 1)}…` : message
    counts.set(shown, (counts.get(shown) ?? 0) + 1)
  }
  return [...counts].map(([message, times]) => ({ message, times }))
}

/** Tells the user which parts of a link could not be used (never a silent fallback). */
export function StateNotices({ notices }: { notices: readonly StateNotice[] }) {
  if (notices.length === 0) return null
  const summary = summariseNotices(notices)
  const hidden = summary.length - MAX_NOTICES
  return (
    <div className="notification-banner" role="region" aria-label="Link notices">
      <h2 className="notification-banner__title">Some parts of this link could not be used</h2>
      <ul>
        {summary.slice(0, MAX_NOTICES).map(({ message, times }) => (
          <li key={message}>
            {message}
            {times > 1 ? ` (${times.toLocaleString('en-GB')} times)` : ''}
          </li>
        ))}
        {hidden > 0 && <li>and {hidden.toLocaleString('en-GB')} more problems with this link.</li>}
      </ul>
    </div>
  )
}
