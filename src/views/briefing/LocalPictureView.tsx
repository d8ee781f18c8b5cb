import { useQueries, useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { buildLocalPictureItems, localPictureFigures, planLocalPicture, viewsOf } from '../../briefing/localPicture'
import { newId } from '../../briefing/model'
import { routerBasename } from '../../basePath'
import { listViewExports, type ViewExport } from '../../briefing/renderItemPicture'
import { dispatchShelf } from '../../briefing/shelfStore'
import { formatYear } from '../../charts/shared/format'
import { manifestQuery, seriesQuery } from '../../data/queries'
import { lastYearShown } from '../../model/lifetimes'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { useDashboardState } from '../../state/useDashboardState'
import { loadOf, loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { resolveRouteArea } from '../shared/resolveRouteArea'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'

/**
 * /briefing/new/:code: makes the ready local-picture briefing for an authority (its deprivation, neighbourhood map,
 * children's social care rates and trends, and spending), kept as a new briefing, then opens it on /briefing.
 */
export function LocalPictureView() {
  const { code = '' } = useParams()
  const dashboard = useDashboardState()
  const manifest = useQuery(manifestQuery())
  const indicators = dashboard.catalogue?.indicators ?? []
  const figureIds = localPictureFigures(indicators).map((i) => i.id)
  const series = useQueries({ queries: figureIds.map((id) => seriesQuery(id)) })

  if (!dashboard.catalogue) return <PendingPage load={loadOfDashboard(dashboard)}>Loading the authorities…</PendingPage>
  const route = resolveRouteArea(dashboard.catalogue.areas, code, (c) => `/briefing/new/${c}`)
  if (!route.area) return route.page
  const { area } = route
  const load = loadOf([manifest, ...series])
  if (load.pending || load.error || !manifest.data)
    return <PendingPage load={load}>Loading the figures for {area.name}…</PendingPage>
  const seriesById = new Map(series.flatMap((s, i) => (s.data ? [[figureIds[i] as string, s.data] as const] : [])))
  return <MakeLocalPicture area={area} indicators={indicators} seriesById={seriesById} manifest={manifest.data} />
}

function MakeLocalPicture(props: {
  area: Area
  indicators: readonly Indicator[]
  seriesById: ReadonlyMap<string, Series>
  manifest: Manifest
}) {
  const { area } = props
  const navigate = useNavigate()
  const [progress, setProgress] = useState('Opening the views…')
  const [problem, setProblem] = useState<string | null>(null)
  const started = useRef(false)
  useEffect(() => {
    // Once per visit: a second run (React's development double effect, a re-render) would make a second briefing.
    if (started.current) return
    started.current = true
    const base = routerBasename() === '/' ? '' : routerBasename()
    const steps = planLocalPicture(props.indicators, area, base)
    const views = viewsOf(steps)
    void (async () => {
      const exportsOf = new Map<string, readonly ViewExport[]>()
      for (const [i, view] of views.entries()) {
        setProgress(`Reading view ${i + 1} of ${views.length} (${view})…`)
        exportsOf.set(view, await listViewExports(view).catch(() => []))
      }
      const { items, missing } = buildLocalPictureItems(
        steps,
        area,
        (indicator) => figureText(indicator, area, props.seriesById.get(indicator.id), props.manifest),
        exportsOf,
        base,
      )
      dispatchShelf({ type: 'create', name: `${area.name}: the local picture`, items: items.map(withId) })
      const note = missing.length ? `Not available for ${area.name}: ${missing.join('; ')}.` : ''
      void navigate('/briefing', { replace: true, state: { note } })
    })().catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)))
  }, [area, navigate, props.indicators, props.manifest, props.seriesById])

  return (
    <>
      <title>{`Local picture for ${area.name} – Briefing – CSC Explorer`}</title>
      <h1>Local picture for {area.name}</h1>
      {problem ? (
        <p className="inset" role="alert">
          The briefing could not be made: {problem} <Link to={`/area/${area.code}`}>Back to {area.name}</Link>
        </p>
      ) : (
        <p className="loading" role="status">
          Making the briefing from the published figures. {progress}
        </p>
      )}
    </>
  )
}

const withId = <T extends object>(item: T) => ({ ...item, id: newId() })

/** A headline figure's item text as the profile's card gives it: label, authority and the latest year shown. */
function figureText(indicator: Indicator, area: Area, series: Series | undefined, manifest: Manifest) {
  if (!series) return null
  // The latest year the authority existed in, as the sentence generator takes it; a suppressed figure stays one.
  const last = lastYearShown(area, series.years.at(-1) ?? 0)
  const year = series.years.filter((y) => y <= last).at(-1)
  if (year === undefined) return null
  const label = indicator.rankOrder ? `${indicator.label} (${indicator.rankOrder})` : indicator.label
  return {
    title: `${label}, ${area.name}, ${formatYear(year, indicator.yearType)}`,
    source: buildSourceLine(series, indicator, manifest, [year]),
    licence: LICENCE_LINE,
  }
}
