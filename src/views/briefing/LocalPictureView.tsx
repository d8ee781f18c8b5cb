import { useEffect, useRef } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { dispatchShelf } from '../../briefing/shelfStore'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import { useDashboardState } from '../../state/useDashboardState'
import { loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { resolveRouteArea } from '../shared/resolveRouteArea'
import { useLocalPictureItems } from '../shared/useLocalPictureItems'

/**
 * /briefing/new/:code: makes the ready local-picture briefing for an authority (its deprivation, neighbourhood map,
 * children's social care rates and trends, and spending), kept as a new briefing, then opens it on /briefing.
 */
export function LocalPictureView() {
  const { code = '' } = useParams()
  const dashboard = useDashboardState()
  if (!dashboard.catalogue) return <PendingPage load={loadOfDashboard(dashboard)}>Loading the authorities…</PendingPage>
  const route = resolveRouteArea(dashboard.catalogue.areas, code, (c) => `/briefing/new/${c}`)
  if (!route.area) return route.page
  return <MakeLocalPicture area={route.area} indicators={dashboard.catalogue.indicators} />
}

function MakeLocalPicture({ area, indicators }: { area: Area; indicators: readonly Indicator[] }) {
  const navigate = useNavigate()
  const made = useLocalPictureItems(area, indicators)
  const kept = useRef(false)
  useEffect(() => {
    // Once: a re-render must not keep a second briefing.
    if (made.state !== 'made' || kept.current) return
    kept.current = true
    dispatchShelf({ type: 'create', name: `${area.name}: the local picture`, items: made.items })
    const note = made.missing.length ? `Not available for ${area.name}: ${made.missing.join('; ')}.` : ''
    void navigate('/briefing', { replace: true, state: { note } })
  }, [made, area.name, navigate])

  if (made.state === 'loading') return <PendingPage load={made.load}>Loading the figures for {area.name}…</PendingPage>
  return (
    <>
      <title>{`Local picture for ${area.name} – Briefing – CSC Explorer`}</title>
      <h1>Local picture for {area.name}</h1>
      {made.state === 'failed' ? (
        <p className="inset" role="alert">
          The briefing could not be made: {made.problem} <Link to={`/area/${area.code}`}>Back to {area.name}</Link>
        </p>
      ) : (
        <p className="loading" role="status">
          Making the briefing from the published figures. {made.state === 'making' ? made.progress : ''}
        </p>
      )}
    </>
  )
}
