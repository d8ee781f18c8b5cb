import { Link, useSearchParams } from 'react-router'
import { formatYear } from '../../charts/shared/format'
import { resolveIndicator } from '../../model/indicators'
import { buildAreaIndex } from '../../model/lifetimes'
import { canIndexToEngland, type RelativeMode } from '../../model/relativeToEngland'
import { chooseYear, yearsWithFigures } from '../../model/series'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { MAX_COMPARE, PANEL_VIEWS, requestedMapStyle, type MapStyle, type PanelView } from '../../state/dashboardState'
import { AreaPicker } from '../shared/AreaPicker'
import { AuthorityListEditor } from '../shared/AuthorityListEditor'
import { useHexDrawing } from '../shared/englandMap/hexDrawing'
import type { MapDrawing } from '../shared/englandMap/mapDrawing'
import { MapPatterns } from '../../map/MapPatterns'
import { MapStyleSwitch } from '../shared/englandMap/MapStyleSwitch'
import { useSvgDrawing } from '../shared/englandMap/svgDrawing'
import { YearControl } from '../shared/englandMap/YearControl'
import { IndicatorSelect } from '../shared/IndicatorSelect'
import { PendingPage } from '../shared/PendingPage'
import { RelativeModeControl } from '../shared/RelativeModeControl'
import { StateNotices } from '../shared/StateNotices'
import { useBenchmarkData, type BenchmarkData } from '../shared/useBenchmarkData'
import type { DashboardStateHandle } from '../../state/useDashboardState'
import { combineLoads } from '../shared/pageLoad'
import { MapPanel } from './MapPanel'
import { TrendPanel } from './TrendPanel'
import '../shared/benchmarking.css'
import './sideBySide.css'

const VIEW_LABELS: Record<PanelView, string> = { trend: 'Trend over time', map: 'Map of England' }

/** One panel as the URL describes it, resolved against the loaded data. */
interface PanelSpec {
  key: 'first' | 'second'
  view: PanelView
  indicator: Indicator
  series: Series | undefined
  authorities: Area[]
  /** The second panel uses the first panel's authorities until it is given its own. */
  sharesAuthorities: boolean
}

/**
 * /side-by-side: two panels, each a trend of chosen authorities or a map of England, each with its own indicator;
 * maps share the year and trends share how they are read against England. Everything is in one URL.
 */
export function SideBySideView() {
  const load = useBenchmarkData((indicator, indicators, state) => [
    indicator?.id ?? '',
    resolveIndicator(indicators, state.indicator2 ?? state.indicator)?.id ?? '',
  ])
  // The maps are drawn as the home page's England map is: geographic, or the hex cartogram (map=hex), for both panels.
  const geographic = useSvgDrawing(requestedMapStyle(useSearchParams()[0]) !== 'hex')
  const hex = useHexDrawing(load.dashboard.state.map === 'hex')
  const drawing = load.dashboard.state.map === 'hex' ? hex : geographic
  const { dashboard } = load
  const header = (
    <>
      <h1>Side by side</h1>
      <p className="lead">
        Two views next to each other: trends or maps, each with its own indicator and authorities, so you can read, say,
        children in need beside spending, or one council&apos;s trend beside the map of England.
      </p>
      <StateNotices notices={dashboard.notices} />
    </>
  )
  const wanted = load.ready && [dashboard.state.view, dashboard.state.view2].includes('map')
  const pageLoad = wanted ? combineLoads([load.load, drawing.load]) : load.load
  if (!load.ready || (wanted && !drawing.boundaries))
    return (
      <PendingPage
        header={
          <>
            <title>Side by side – CSC Explorer</title>
            {header}
          </>
        }
        load={pageLoad}
      >
        Loading the figures…
      </PendingPage>
    )
  return (
    <>
      {header}
      <SideBySideBody data={load.data} dashboard={dashboard} drawing={drawing} />
    </>
  )
}

function SideBySideBody({
  data,
  dashboard,
  drawing,
}: {
  data: BenchmarkData
  dashboard: DashboardStateHandle
  drawing: MapDrawing
}) {
  const { state, update } = dashboard
  const { areas, indicators } = data.catalogue
  const index = buildAreaIndex(areas)
  const area = areas.find((a) => a.code === state.area) ?? null
  const toAreas = (codes: readonly string[]) => codes.map((c) => index.get(c)).filter((a): a is Area => a !== undefined)
  const firstAuthorities = [...(area ? [area] : []), ...toAreas(state.compare.filter((c) => c !== area?.code))]
  const secondIndicator = resolveIndicator(indicators, state.indicator2 ?? data.indicator.id) ?? data.indicator
  const panels: PanelSpec[] = [
    {
      key: 'first',
      view: state.view,
      indicator: data.indicator,
      series: data.seriesById.get(data.indicator.id),
      authorities: firstAuthorities,
      sharesAuthorities: false,
    },
    {
      key: 'second',
      view: state.view2,
      indicator: secondIndicator,
      series: data.seriesById.get(secondIndicator.id),
      authorities: state.compare2.length ? toAreas(state.compare2) : firstAuthorities,
      sharesAuthorities: state.compare2.length === 0,
    },
  ]
  const mapPanels = panels.filter((p) => p.view === 'map' && p.series)
  const mapYears = [...new Set(mapPanels.flatMap((p) => (p.series ? yearsWithFigures(p.series) : [])))].sort()
  const sharedYear = chooseYear(mapYears, state.year)
  const trendPanels = panels.filter((p) => p.view === 'trend' && p.series)
  const canIndex = trendPanels.some((p) => p.series && canIndexToEngland(p.series.england))
  const search = dashboard.searchFor()
  const sourceTitlesOf = (indicator: Indicator) =>
    indicator.source.map((id) => data.manifest.sources.find((s) => s.id === id)?.title ?? id)

  const describePanel = (p: PanelSpec) => `${p.view === 'map' ? 'map' : 'trend'} of ${p.indicator.shortLabel}`
  return (
    <>
      <title>{`Side by side${area ? `, ${area.name}` : ''}: ${panels.map(describePanel).join(' and ')} – CSC Explorer`}</title>
      <div className="side-by-side__shared controls">
        <AreaPicker
          id="side-area"
          label="Authority"
          areas={areas}
          value={area?.code ?? null}
          onChange={(code) => update({ area: code })}
        />
        {mapPanels.length > 0 ? (
          <MapStyleSwitch value={state.map} onChange={(map) => update({ map }, { replace: true })} />
        ) : null}
        {mapPanels.length > 0 && sharedYear !== null ? (
          <YearControl
            id="side-year"
            years={mapYears}
            value={sharedYear}
            format={(y) => formatYear(y, mapPanels[0]?.indicator.yearType ?? data.indicator.yearType)}
            onChange={(y) => update({ year: y }, { replace: true })}
          />
        ) : null}
        {trendPanels.length > 0 ? (
          <RelativeModeControl
            name="side-relative"
            value={canIndex ? state.relative : 'values'}
            available={canIndex}
            onChange={(relative) => update({ relative }, { replace: true })}
          />
        ) : null}
      </div>
      {/* The hatch the maps' suppressed figures and their legend swatches are filled with. */}
      {mapPanels.length > 0 ? <MapPatterns /> : null}
      <div className="side-by-side">
        {panels.map((panel, i) => {
          const n = i + 1
          const viewKey = panel.key === 'first' ? 'view' : 'view2'
          return (
            <section key={panel.key} className="side-panel" aria-labelledby={`side-${panel.key}-heading`}>
              <h2 id={`side-${panel.key}-heading`} className="side-panel__heading">
                Panel {n}: {panel.indicator.shortLabel}
              </h2>
              <div className="side-panel__controls">
                <fieldset className="radios">
                  <legend>Panel {n} shows</legend>
                  {PANEL_VIEWS.map((view) => (
                    <label key={view}>
                      <input
                        type="radio"
                        name={`side-${panel.key}-view`}
                        value={view}
                        checked={panel.view === view}
                        onChange={() => update({ [viewKey]: view })}
                      />{' '}
                      {VIEW_LABELS[view]}
                    </label>
                  ))}
                </fieldset>
                <IndicatorSelect
                  id={`side-${panel.key}-indicator`}
                  label={`Panel ${n} indicator`}
                  indicators={indicators}
                  value={panel.indicator.id}
                  onChange={(id) => update(panel.key === 'first' ? { indicator: id } : { indicator2: id })}
                />
                {panel.view === 'trend' ? (
                  <PanelAuthorities panel={panel} area={area} dashboard={dashboard} areas={areas} />
                ) : null}
              </div>
              <PanelBody
                panel={panel}
                data={data}
                drawing={drawing}
                year={sharedYear}
                relative={
                  canIndex && panel.series && canIndexToEngland(panel.series.england) ? state.relative : 'values'
                }
                sourceTitles={sourceTitlesOf(panel.indicator)}
                search={search}
                mapStyle={state.map}
              />
            </section>
          )
        })}
      </div>
      <p>
        <Link to={`/compare${search}`}>Compare the first panel&apos;s authority with its statistical neighbours</Link>
      </p>
    </>
  )
}

/** Who a trend panel draws: the page's authority and a list (first panel), or the first panel's or its own (second). */
function PanelAuthorities({
  panel,
  area,
  dashboard,
  areas,
}: {
  panel: PanelSpec
  area: Area | null
  dashboard: DashboardStateHandle
  areas: readonly Area[]
}) {
  const { state, update } = dashboard
  const nameOf = buildAreaIndex(areas).nameOf
  if (panel.key === 'first')
    return (
      <AuthorityListEditor
        id="side-first-add"
        label={`Add an authority to panel 1 (up to ${MAX_COMPARE} besides the one chosen above)`}
        codes={state.compare}
        areas={areas}
        exclude={area ? [area.code] : []}
        max={MAX_COMPARE}
        nameOf={nameOf}
        onChange={(compare) => update({ compare })}
      />
    )
  return (
    <>
      <fieldset className="radios">
        <legend>Panel 2 draws</legend>
        <label>
          <input
            type="radio"
            name="side-second-authorities"
            checked={panel.sharesAuthorities}
            onChange={() => update({ compare2: [] })}
          />{' '}
          The same authorities as panel 1
        </label>
        <label>
          <input
            type="radio"
            name="side-second-authorities"
            checked={!panel.sharesAuthorities}
            disabled={panel.sharesAuthorities && panel.authorities.length === 0}
            onChange={() => update({ compare2: panel.authorities.slice(0, MAX_COMPARE).map((a) => a.code) })}
          />{' '}
          Its own authorities (starting from panel 1&apos;s)
        </label>
      </fieldset>
      {panel.sharesAuthorities ? null : (
        <AuthorityListEditor
          id="side-second-add"
          label={`Add an authority to panel 2 (up to ${MAX_COMPARE})`}
          codes={state.compare2}
          areas={areas}
          max={MAX_COMPARE}
          nameOf={nameOf}
          onChange={(compare2) => update({ compare2 })}
        />
      )}
    </>
  )
}

function PanelBody({
  panel,
  data,
  drawing,
  year,
  relative,
  sourceTitles,
  search,
  mapStyle,
}: {
  panel: PanelSpec
  data: BenchmarkData
  drawing: MapDrawing
  year: number | null
  relative: RelativeMode
  sourceTitles: readonly string[]
  search: string
  mapStyle: MapStyle
}) {
  const { indicator, series } = panel
  if (!series) return <p>There are no figures for {indicator.label} yet.</p>
  if (panel.view === 'trend')
    return (
      <TrendPanel
        authorities={panel.authorities}
        areas={data.catalogue.areas}
        indicator={indicator}
        series={series}
        manifest={data.manifest}
        relative={relative}
      />
    )
  const own = chooseYear(yearsWithFigures(series), year)
  if (own === null) return <p>{indicator.label} has no figures for any authority yet.</p>
  return (
    <>
      {year !== null && own !== year ? (
        <p className="notification-banner" role="status">
          {indicator.shortLabel} has no figures for {formatYear(year, indicator.yearType)}; this map shows{' '}
          {formatYear(own, indicator.yearType)}.
        </p>
      ) : null}
      <MapPanel
        idPrefix={`side-${panel.key}`}
        drawing={drawing}
        indicator={indicator}
        series={series}
        year={own}
        areas={data.catalogue.areas}
        sourceTitles={sourceTitles}
        search={search}
        style={mapStyle}
      />
    </>
  )
}
