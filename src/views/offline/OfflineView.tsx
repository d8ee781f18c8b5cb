import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { areasQuery, manifestQuery } from '../../data/queries'
import { chosenOfflineAuthorities } from '../../offline/offlineAuthorities'
import { coreDataFiles, formatBytes, totalBytes } from '../../offline/offlineFiles'
import { describeOfflineProgress } from '../../offline/offlineProgress'
import type { OfflineSupport } from '../../offline/serviceWorkerClient'
import { useOfflineAuthority } from '../../offline/useOfflineAuthority'
import { useServiceWorker } from '../../offline/useServiceWorker'
import type { Area } from '../../schema/areas'
import { AreaPicker } from '../shared/AreaPicker'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'

/** What works with no network, how big it is, and how to keep an authority's neighbourhood maps offline. */
export function OfflineView() {
  const { support } = useServiceWorker()
  const manifest = useQuery(manifestQuery())
  const areas = useQuery(areasQuery())
  const [kept, setKept] = useState(chosenOfflineAuthorities)
  const [adding, setAdding] = useState<string | null>(null)

  const header = (
    <>
      <title>Use with no network – CSC Explorer</title>
      <h1>Use with no network</h1>
    </>
  )
  if (!manifest.data || !areas.data)
    return (
      <PendingPage header={header} load={loadOf([manifest, areas])}>
        Loading what is kept offline…
      </PendingPage>
    )
  const current = areas.data.filter((area) => area.status === 'current')
  const byCode = new Map(current.map((area) => [area.code, area]))
  const shown = [...new Set([...kept, ...(adding ? [adding] : [])])].flatMap((code) => byCode.get(code) ?? [])

  return (
    <>
      {header}
      <p className="lead">
        For a workshop with no Wi-Fi: open CSC Explorer once while online, make your authority available offline, and it
        works on this device with no network, in a browser tab or installed as an app.
      </p>
      <SupportStatus support={support} />
      {support.kind === 'ready' && (
        <>
          <h2>Kept with the app</h2>
          <p>
            The app itself and every England-wide file: each authority's published figures, comparisons with statistical
            neighbours, region and England, the England map and the deprivation deciles; the neighbourhood analysis's
            variables are kept as you view them ({formatBytes(totalBytes(coreDataFiles(manifest.data)))}, data release{' '}
            <code>{manifest.data.release}</code>).
          </p>
          <h2>Authorities available offline</h2>
          <p>
            Each adds its neighbourhood maps and child populations, which its neighbourhood views, gradient and
            local-picture deck need, and its deck with every slide drawn ahead, so it opens at once.
          </p>
          {shown.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul className="offline-list">
              {shown.map((area) => (
                <OfflineAuthorityRow
                  key={area.code}
                  area={area}
                  onRemoved={() => {
                    setKept(chosenOfflineAuthorities())
                    if (adding === area.code) setAdding(null)
                  }}
                />
              ))}
            </ul>
          )}
          <AreaPicker
            id="offline-area"
            label="Add an authority"
            areas={current.filter((area) => !kept.includes(area.code))}
            value={null}
            onChange={setAdding}
          />
        </>
      )}
      <h2>Or run it from a laptop</h2>
      <p>
        On a laptop with the project's code, <code>npm ci &amp;&amp; npm start</code> serves the dashboard from the
        laptop itself (at <code>http://127.0.0.1:5173</code>); it needs no network once installed. See the README.
      </p>
      <p>
        When new figures are published, a message offers to reload with them; the figures on screen never change until
        you choose to.
      </p>
    </>
  )
}

function SupportStatus({ support }: { support: OfflineSupport }) {
  switch (support.kind) {
    case 'ready':
      return (
        <p className="inset">
          <strong>Ready:</strong> this browser keeps CSC Explorer for use offline.
        </p>
      )
    case 'installing':
      return <p className="inset">Keeping the app for use offline… (a few megabytes, once)</p>
    case 'failed':
      return (
        <p className="inset" role="alert">
          This browser could not keep the app for use offline: {support.message}. Use <code>npm start</code> on a laptop
          instead (below).
        </p>
      )
    case 'unavailable':
      return (
        <p className="inset">
          {support.reason === 'development'
            ? 'This is the development server (npm start): it runs on this computer and needs no network, so nothing needs keeping offline.'
            : support.reason === 'file'
              ? 'Opened from a file, the app cannot be kept offline: use npm start or the published site.'
              : 'This browser cannot keep web apps offline (it has no service workers, or they are turned off, as in some private windows).'}
        </p>
      )
  }
}

function OfflineAuthorityRow({ area, onRemoved }: { area: Area; onRemoved: () => void }) {
  const { status, keep, remove } = useOfflineAuthority(area.code)
  return (
    <li aria-live="polite">
      <Link to={`/area/${area.code}`}>{area.name}</Link>:{' '}
      {status.kind === 'kept' ? (
        <>
          available offline ({formatBytes(status.bytes)} with its slides){' '}
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => void remove().then(onRemoved)}
          >
            Remove {area.name}
          </button>{' '}
          <Link to={`/present/${area.code}`}>Present its local picture</Link>
        </>
      ) : status.kind === 'keeping' ? (
        describeOfflineProgress(area.name, status.progress)
      ) : status.kind === 'not-kept' || status.kind === 'failed' ? (
        <>
          {status.kind === 'failed' ? <span role="alert">{status.message} </span> : 'not yet downloaded '}
          <button type="button" className="button button--small" onClick={() => void keep()}>
            Make available offline ({formatBytes(status.fileBytes)}, then its slides are drawn)
          </button>
        </>
      ) : (
        'checking…'
      )}
    </li>
  )
}
