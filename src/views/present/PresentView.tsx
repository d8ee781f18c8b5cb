import { useEffect, useState } from 'react'
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import { decodeBriefing } from '../../briefing/shareLink'
import { openBriefing, openSharedBriefing } from '../../briefing/shelfActions'
import { dispatchShelf, useBriefingShelf } from '../../briefing/shelfStore'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import { useDashboardState } from '../../state/useDashboardState'
import { loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { resolveRouteArea } from '../shared/resolveRouteArea'
import { useLocalPictureItems } from '../shared/useLocalPictureItems'
import { Deck } from './Deck'
import './present.css'

/**
 * Present mode, full screen without the site's header: `/present/:code` shows an authority's local picture (the same
 * items as its local-picture briefing), `/present` the briefing open on /briefing, and `/present#b=<link>` (or
 * `?b=<link>`) presents a shared briefing link straight away.
 */
export function PresentView() {
  const { code } = useParams()
  const [search] = useSearchParams()
  const speaker = search.get('speaker') === '1'
  return (
    <main className="present">
      {code ? <PresentLocalPicture code={code} speaker={speaker} /> : <PresentBriefing speaker={speaker} />}
    </main>
  )
}

/**
 * The briefing a present link carries: in the fragment (`#b=`, never sent to a server, which is how the app makes
 * these links) or in the query (`?b=`).
 */
function sharedBriefingCode(hash: string, search: string): string | null {
  return new URLSearchParams(hash.slice(1)).get('b') ?? new URLSearchParams(search).get('b')
}

function PresentBriefing({ speaker }: { speaker: boolean }) {
  const location = useLocation()
  const navigate = useNavigate()
  const { shelf } = useBriefingShelf()
  const code = sharedBriefingCode(location.hash, location.search)
  const [linkProblem, setLinkProblem] = useState<string | null>(null)

  // A shared link is kept in this browser like one opened on /briefing, then presented from its first slide; the
  // address then drops it, so a reload keeps the place (#n) and the briefing stays on the shelf.
  useEffect(() => {
    if (!code) return
    void decodeBriefing(code).then((decoded) => {
      if (!decoded.ok) return setLinkProblem(decoded.message)
      dispatchShelf(openSharedBriefing(shelf, decoded.briefing))
      const search = new URLSearchParams(location.search)
      search.delete('b')
      const rest = search.toString()
      void navigate({ search: rest ? `?${rest}` : '', hash: '1' }, { replace: true })
    })
    // Only when the link changes: the shelf is read once so one link never makes two copies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code])

  if (linkProblem)
    return (
      <div className="present__message">
        <title>Present – CSC Explorer</title>
        <h1>This presentation link cannot be opened</h1>
        <p role="alert">{linkProblem} Your saved briefings have not been changed.</p>
        <p>
          <Link to="/briefing">Go to your briefings</Link>
        </p>
      </div>
    )
  if (code)
    return (
      <p className="present__message loading" role="status">
        Opening the shared briefing…
      </p>
    )
  const briefing = openBriefing(shelf)
  if (briefing.items.length === 0)
    return (
      <div className="present__message">
        <title>Present – CSC Explorer</title>
        <h1>Nothing to present</h1>
        <p>
          The briefing “{briefing.name}” is empty. Add charts, maps and figures to it from the views, or present an
          authority&apos;s local picture from its profile. <Link to="/briefing">Back to the briefing</Link>
        </p>
      </div>
    )
  return (
    <>
      <title>{`${briefing.name} – Present – CSC Explorer`}</title>
      <Deck name={briefing.name} items={briefing.items} leaveTo="/briefing" speaker={speaker} />
    </>
  )
}

function PresentLocalPicture({ code, speaker }: { code: string; speaker: boolean }) {
  const dashboard = useDashboardState()
  if (!dashboard.catalogue) return <PendingPage load={loadOfDashboard(dashboard)}>Loading the authorities…</PendingPage>
  const route = resolveRouteArea(dashboard.catalogue.areas, code, (c) => `/present/${c}`)
  if (!route.area) return route.page
  return <LocalPictureDeck area={route.area} indicators={dashboard.catalogue.indicators} speaker={speaker} />
}

function LocalPictureDeck(props: { area: Area; indicators: readonly Indicator[]; speaker: boolean }) {
  const { area, indicators } = props
  const made = useLocalPictureItems(area, indicators)
  const name = `${area.name}: the local picture`
  if (made.state === 'loading') return <PendingPage load={made.load}>Loading the figures for {area.name}…</PendingPage>
  if (made.state !== 'made')
    return (
      <div className="present__message">
        <title>{`${name} – Present – CSC Explorer`}</title>
        <h1>{name}</h1>
        {made.state === 'failed' ? (
          <p role="alert">
            The deck could not be made: {made.problem} <Link to={`/area/${area.code}`}>Back to {area.name}</Link>
          </p>
        ) : (
          <p className="loading" role="status">
            Making the slides from the published figures. {made.progress}
          </p>
        )}
      </div>
    )
  return (
    <>
      <title>{`${name} – Present – CSC Explorer`}</title>
      <Deck name={name} items={made.items} leaveTo={`/area/${area.code}`} speaker={props.speaker} />
    </>
  )
}
