import { useQueries, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { routerBasename } from '../../basePath'
import { buildLocalPictureItems, localPictureFigures, planLocalPicture, viewsOf } from '../../briefing/localPicture'
import { newId, type BriefingItem } from '../../briefing/model'
import { listViewExports, type ViewExport } from '../../briefing/renderItemPicture'
import { formatYear } from '../../charts/shared/format'
import { manifestQuery, seriesQuery } from '../../data/queries'
import { lastYearShown } from '../../model/lifetimes'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { storedLocalPicture, storeLocalPicture } from './localPictureStore'
import { loadOf, type PageLoad } from './pageLoad'
import { buildSourceLine, LICENCE_LINE } from './sourceLine'

/** Where making an authority's local picture has got to. */
export type LocalPictureProgress =
  | { state: 'loading'; load: PageLoad }
  | { state: 'making'; progress: string }
  | { state: 'failed'; problem: string }
  | { state: 'made'; items: BriefingItem[]; missing: string[] }

/**
 * Makes the ready local-picture items for an authority (its deprivation, neighbourhood map, children's social care
 * rates and trends, and spending; briefing/localPicture.ts plans them) by reading which pictures each view offers.
 * Once per mount: /briefing/new keeps the items as a briefing, /present shows them as a deck. Made items are kept
 * in this browser for the release and build (localPictureStore.ts), so reopening the deck, offline too, is at once.
 */
export function useLocalPictureItems(area: Area, indicators: readonly Indicator[]): LocalPictureProgress {
  const manifest = useQuery(manifestQuery())
  const figureIds = localPictureFigures(indicators).map((i) => i.id)
  const series = useQueries({ queries: figureIds.map((id) => seriesQuery(id)) })
  const load = loadOf([manifest, ...series])
  const ready = !load.pending && !load.error && manifest.data
  const [made, setMade] = useState<LocalPictureProgress>({ state: 'making', progress: 'Opening the views…' })
  const started = useRef(false)
  // Items made before for this release and build: shown at once, nothing read again.
  const stored = useMemo(
    () => (manifest.data ? storedLocalPicture(manifest.data.release, area.code) : null),
    [manifest.data, area.code],
  )
  useEffect(() => {
    // Once per visit: a second run (React's development double effect, a re-render) would make the items twice.
    const manifestFile = manifest.data
    if (!ready || !manifestFile || started.current || stored) return
    started.current = true
    const seriesById = new Map(series.flatMap((s, i) => (s.data ? [[figureIds[i] as string, s.data] as const] : [])))
    const base = routerBasename() === '/' ? '' : routerBasename()
    const steps = planLocalPicture(indicators, area, base)
    const views = viewsOf(steps)
    void (async () => {
      const exportsOf = new Map<string, readonly ViewExport[]>()
      for (const [i, view] of views.entries()) {
        setMade({ state: 'making', progress: `Reading view ${i + 1} of ${views.length} (${view})…` })
        exportsOf.set(view, await listViewExports(view).catch(() => []))
      }
      const { items, missing } = buildLocalPictureItems(
        steps,
        area,
        (indicator) => figureText(indicator, area, seriesById.get(indicator.id), manifestFile),
        exportsOf,
        base,
      )
      const made = { items: items.map((item) => ({ ...item, id: newId() })), missing }
      storeLocalPicture(manifestFile.release, area.code, made)
      setMade({ state: 'made', ...made })
    })().catch((e: unknown) => setMade({ state: 'failed', problem: e instanceof Error ? e.message : String(e) }))
    // It runs once, when everything has loaded; the series and figure ids of that render are the ones it needs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, area, indicators])
  if (!ready) return { state: 'loading', load }
  return stored ? { state: 'made', ...stored } : made
}

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
