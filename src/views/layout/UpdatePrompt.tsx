import { applyWaitingUpdate, postponeWaitingUpdate } from '../../offline/serviceWorkerClient'
import { useServiceWorker } from '../../offline/useServiceWorker'

/**
 * Says when a newer build has been downloaded and is waiting: new figures, or a new version of the app. The reader
 * chooses when to reload, so a page being presented never changes under them; until then every figure on screen is
 * from the release they opened.
 */
export function UpdatePrompt() {
  const { update } = useServiceWorker()
  if (!update) return null
  return (
    <div className="update-prompt no-print" role="status">
      <div className="app-width update-prompt__inner">
        <p>
          {update.newFigures
            ? 'New figures are available. Reload to use them; what you see now stays as it is until you do.'
            : 'A new version of CSC Explorer is ready. Reload to use it.'}
        </p>
        <p>
          <button type="button" className="button button--small" onClick={applyWaitingUpdate}>
            {update.newFigures ? 'Reload with the new figures' : 'Reload'}
          </button>
          <button type="button" className="button button--small button--secondary" onClick={postponeWaitingUpdate}>
            Not now
          </button>
        </p>
      </div>
    </div>
  )
}
