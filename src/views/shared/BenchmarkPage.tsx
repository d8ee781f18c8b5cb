import type { ReactNode } from 'react'
import type { Area } from '../../schema/areas'
import type { DashboardStateHandle } from '../../state/useDashboardState'
import { AreaPicker } from './AreaPicker'
import { PendingPage } from './PendingPage'
import { StateNotices } from './StateNotices'
import { useBenchmarkData, type BenchmarkData, type SeriesFor } from './useBenchmarkData'

/**
 * The frame /compare and /deprivation share: the page's header and the URL's notices, then (once the data is in) the
 * authority picker above the page's body, which `children` draws for the chosen authority (null until one is chosen).
 * `children` puts its controls in a `.benchmark-layout__controls` element and the rest in a `.benchmark-layout__body`
 * one: on wide screens the controls stand in a column under the picker, beside the body.
 */
export function BenchmarkPage({
  documentTitle,
  header,
  pickerId,
  seriesFor,
  children,
}: {
  /** The document title for the chosen authority (null before one is chosen or the list has loaded). */
  documentTitle: (area: Area | null) => string
  /** Heading and lead paragraph. */
  header: ReactNode
  /** The authority picker's element id. */
  pickerId: string
  /** The series the page draws for the resolved indicator (ids not in the catalogue are skipped). */
  seriesFor: SeriesFor
  children: (page: { data: BenchmarkData; area: Area | null; dashboard: DashboardStateHandle }) => ReactNode
}) {
  const load = useBenchmarkData(seriesFor)
  const { dashboard } = load
  const areas = load.ready ? load.data.catalogue.areas : []
  const area = areas.find((a) => a.code === dashboard.state.area) ?? null
  const top = (
    <>
      <title>{documentTitle(area)}</title>
      {header}
      <StateNotices notices={dashboard.notices} />
    </>
  )
  if (!load.ready)
    return (
      <PendingPage header={top} load={load.load}>
        Loading the figures…
      </PendingPage>
    )
  // On wide screens the picker and the body's controls (.benchmark-layout__controls) form a column beside the body's
  // charts (.benchmark-layout__body), so the first chart is on the first screen (benchmarking.css).
  return (
    <>
      {top}
      <div className="benchmark-layout">
        <AreaPicker
          id={pickerId}
          label="Authority"
          areas={areas}
          value={area?.code ?? null}
          onChange={(code) => dashboard.update({ area: code })}
        />
        {children({ data: load.data, area, dashboard })}
      </div>
    </>
  )
}
