import type { QueryClient } from '@tanstack/react-query'
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
import { storeLocalPicture } from './localPictureStore'
import { buildSourceLine, LICENCE_LINE } from './sourceLine'

/** An authority's local-picture items, and what its views did not offer. */
export interface MadeLocalPicture {
  items: BriefingItem[]
  missing: string[]
}

/**
 * Makes the ready local-picture items for an authority (its deprivation, neighbourhood map, children's social care
 * rates and trends, and spending; briefing/localPicture.ts plans them) by reading which pictures each view offers, one
 * hidden view at a time, and keeps them in this browser for the release and build (localPictureStore.ts). Used when a
 * deck or briefing is opened and by "make available offline". `onView` hears of each view before it is read.
 */
export async function makeLocalPicture(
  client: QueryClient,
  area: Area,
  indicators: readonly Indicator[],
  onView: (index: number, total: number, view: string) => void = () => {},
): Promise<MadeLocalPicture> {
  const manifest = await client.ensureQueryData(manifestQuery())
  const figures = localPictureFigures(indicators)
  const series = await Promise.all(figures.map((indicator) => client.ensureQueryData(seriesQuery(indicator.id))))
  const seriesById = new Map(figures.map((indicator, i) => [indicator.id, series[i]]))
  const base = routerBasename() === '/' ? '' : routerBasename()
  const steps = planLocalPicture(indicators, area, base)
  const views = viewsOf(steps)
  const exportsOf = new Map<string, readonly ViewExport[]>()
  for (const [i, view] of views.entries()) {
    onView(i, views.length, view)
    exportsOf.set(view, await listViewExports(view).catch(() => []))
  }
  const { items, missing } = buildLocalPictureItems(
    steps,
    area,
    (indicator) => figureText(indicator, area, seriesById.get(indicator.id), manifest),
    exportsOf,
    base,
  )
  const made = { items: items.map((item) => ({ ...item, id: newId() })), missing }
  storeLocalPicture(manifest.release, area.code, made)
  return made
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
