import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useDeferredValue, useEffect, useMemo } from 'react'
import { Link, useNavigate } from 'react-router'
import { manifestQuery, seriesQuery } from '../../../data/queries'
import { buildAreaMap, type MapArea } from '../../../map/buildAreaMap'
import { chooseYear, yearsWithFigures } from '../../../model/series'
import { resolveIndicator } from '../../../model/indicators'
import type { MapFeatureInfo } from '../../../map/ChoroplethMap'
import { useFirstScreenHeight } from '../../../map/firstScreenHeight'
import { formatNumber, formatForProse, formatYear, unitHeading } from '../../../charts/shared/format'
import { ChartDownloads } from '../../../charts/shared/ChartDownloads'
import { MapLegend } from '../../../map/MapLegend'
import { MapPatterns } from '../../../map/MapPatterns'
import { BOUNDARY_ATTRIBUTION } from '../../../map/palette'
import { StateNotices } from '../StateNotices'
import { useDashboardState } from '../../../state/useDashboardState'
import { combineLoads, loadOf, loadOfDashboard } from '../pageLoad'
import { PendingPage } from '../PendingPage'
import { AreaTable } from './AreaTable'
import { BANDING_METHOD, describeBandEnds } from '../../../model/quartileBands'
import { describeRankOrder } from '../../../model/ranks'
import { IndicatorSelect } from '../IndicatorSelect'
import { groupIndicatorOptions } from '../indicatorOptions'
import type { MapDrawing } from './mapDrawing'
import { useHexDrawing } from './hexDrawing'
import { MapStyleSwitch } from './MapStyleSwitch'
import { describeMapArea, mapLegendItems, mapLegendNote } from './mapKey'
import { YearControl } from './YearControl'
import { useStableList } from '../useStableList'
import { mapYearPictures } from './mapYearPictures'
import '../mapView.css'
import { compareNames } from '../../../model/compareNames'

interface EnglandMapProps {
  /**
   * What draws the geographic map and its boundaries: Leaflet on /map, pre-projected SVG on the home page. The hex
   * cartogram, the other style the reader can switch to (kept in the URL), is drawn the same way on both.
   */
  drawing: MapDrawing
  /** Prefix for element ids, so the map could appear twice on a page. */
  idPrefix?: string
  /** The table alternative; the home page links to /map for it instead. */
  showTable?: boolean
  /** Level of the map's title: 3 under the home page's "England map" section, 2 on /map. */
  titleLevel?: 2 | 3
}

/**
 * The England choropleth with its controls, legend and table. Indicator and year live in the URL (useDashboardState),
 * so the home page and /map share a view and a link reproduces it.
 */
export function EnglandMap({
  drawing: geographic,
  idPrefix = 'england-map',
  showTable = true,
  titleLevel = 3,
}: EnglandMapProps) {
  const dashboard = useDashboardState()
  const style = dashboard.state.map
  const hex = useHexDrawing(style === 'hex')
  const drawing = style === 'hex' ? hex : geographic
  // What the drawing is called in its accessible name, export description and alt text.
  const mapNoun = style === 'hex' ? 'Hex cartogram' : 'Map'
  const navigate = useNavigate()
  const manifest = useQuery(manifestQuery())
  const indicators = dashboard.catalogue?.indicators ?? []
  const requested = resolveIndicator(indicators, dashboard.state.indicator) ?? undefined
  // While a newly chosen indicator loads, the previous one stays drawn (with its own labels) and the controls stay
  // mounted, so keyboard focus is not lost on every change.
  const series = useQuery({
    ...seriesQuery(requested?.id ?? ''),
    enabled: !!requested,
    placeholderData: keepPreviousData,
  })
  // Switching indicator should not wait for the network: the indicators either side of this one in the picker's order
  // (where a presenter steps next) and whatever the picker shows as likely (IndicatorSelect's onConsider) are fetched
  // ahead and kept (series files never go stale within a visit).
  const queryClient = useQueryClient()
  const prefetchSeries = (id: string) => void queryClient.prefetchQuery(seriesQuery(id))
  const requestedId = requested?.id
  // Only once this indicator's own figures and the boundaries are in, so the map is drawn and nothing competes with
  // its first paint (the figures alone may arrive first: the home page asks for them while the app starts).
  const shownId = series.isPlaceholderData || !drawing.boundaries ? undefined : series.data?.id
  useEffect(() => {
    const catalogue = dashboard.catalogue?.indicators
    if (!requestedId || requestedId !== shownId || !catalogue) return
    const prefetchNeighbours = () => {
      const order = groupIndicatorOptions('', catalogue).flatMap((g) => g.indicators)
      const at = order.findIndex((i) => i.id === requestedId)
      for (const near of [order[at - 1], order[at + 1]]) if (near) void queryClient.prefetchQuery(seriesQuery(near.id))
    }
    // When the browser is idle after drawing (a short timer where it cannot say when that is).
    if ('requestIdleCallback' in window) {
      const idle = window.requestIdleCallback(prefetchNeighbours, { timeout: 2000 })
      return () => window.cancelIdleCallback(idle)
    }
    const timer = setTimeout(prefetchNeighbours, 200)
    return () => clearTimeout(timer)
  }, [queryClient, dashboard.catalogue?.indicators, requestedId, shownId])
  const indicator =
    (series.isPlaceholderData ? indicators.find((i) => i.id === series.data?.id) : undefined) ?? requested
  const zoom = dashboard.state.zoom
  const [mapBoxRef, mapHeight] = useFirstScreenHeight()
  // On a deprivation measure, an authority opens onto its neighbourhoods: the map one level down.
  const opensNeighbourhoods = indicator?.topic === 'deprivation'

  const years = useMemo(() => (series.data ? yearsWithFigures(series.data) : []), [series.data])
  const requestedYear = dashboard.state.year
  const year = chooseYear(years, requestedYear) ?? undefined
  const areas = dashboard.catalogue?.areas
  const boundaryList = drawing.boundaries
  const model = useMemo(
    () =>
      areas && boundaryList && series.data && indicator && year !== undefined
        ? buildAreaMap(boundaryList, areas, series.data, indicator, year)
        : undefined,
    [boundaryList, areas, series.data, indicator, year],
  )
  // The drawn authorities in keyboard order: alphabetical by name.
  const drawn = useMemo(() => {
    if (!model) return { codes: [], byCode: new Map<string, MapArea>() }
    const byCode = new Map(model.areas.map((a) => [a.boundaryCode, a]))
    const codes = (boundaryList ?? [])
      .filter((b) => byCode.has(b.code))
      .sort((a, b) => compareNames(a.name, b.name))
      .map((b) => b.code)
    return { codes, byCode }
  }, [model, boundaryList])
  const drawnCodes = useStableList(drawn.codes)

  // The table follows the map: it is drawn in a later, interruptible render, so a switch repaints the map first.
  const searchText = dashboard.searchFor()
  const table = useMemo(
    () =>
      showTable && model && indicator && year !== undefined
        ? {
            caption: `${indicator.label}, ${formatYear(year, indicator.yearType)}: every authority with its value, rank and quartile band`,
            areas: model.areas,
            search: searchText,
            valueHeading: indicator.shortLabel,
            rankHeading: `Rank in England (${describeRankOrder(indicator.polarity, indicator.topic)})`,
          }
        : null,
    [showTable, model, indicator, year, searchText],
  )
  const deferredTable = useDeferredValue(table)

  const boundaries = combineLoads([loadOfDashboard(dashboard), drawing.load])
  if (boundaries.pending || boundaries.error || series.error)
    return <PendingPage load={combineLoads([boundaries, loadOf([series])])}>Loading the map of England…</PendingPage>
  if (!indicator) return <p>No indicators have been published yet.</p>
  if (series.isPending) return <PendingPage load={loadOf([series])}>Loading {indicator.shortLabel}…</PendingPage>
  if (!model || year === undefined || drawn.codes.length === 0)
    return <p>{indicator.label} has no figures for any authority yet.</p>

  const yearLabel = (y: number) => formatYear(y, indicator.yearType)
  const exportTitle = (y: number) => `${indicator.label}, ${yearLabel(y)}`
  const figures = series.data
  // Legend rows give bare numbers; the unit is said once, in the legend title.
  const format = (v: number) => formatNumber(v, indicator.decimals)
  const yearText = yearLabel(year)
  const englandValue = series.data.england[series.data.years.indexOf(year)] ?? null
  // Tooltip lines start with the year, so it takes a capital ("Year ending 31 March 2024: …").
  const whenLabel = yearText.charAt(0).toUpperCase() + yearText.slice(1)
  const describe = (code: string): MapFeatureInfo | undefined => {
    const a = drawn.byCode.get(code)
    return a ? describeMapArea(a, whenLabel) : undefined
  }
  // Keep the chosen year when the new indicator covers it; otherwise show its latest year without a notice.
  const keepYearFor = (id: string) => {
    const coverage = dashboard.catalogue?.coverage[id]
    return requestedYear !== null && coverage && requestedYear >= coverage.first && requestedYear <= coverage.last
      ? requestedYear
      : null
  }
  const sourceTitles = indicator.source.map((id) => manifest.data?.sources.find((s) => s.id === id)?.title ?? id)
  const { classes: legendItems, missing: missingItems } = mapLegendItems(model, format)
  const ids = {
    indicator: `${idPrefix}-indicator`,
    year: `${idPrefix}-year`,
    table: `${idPrefix}-table`,
    source: `${idPrefix}-source`,
  }
  const Title = titleLevel === 2 ? 'h2' : 'h3'

  return (
    <div className="england-map">
      <StateNotices notices={dashboard.notices} />
      <MapPatterns />
      <div className="england-map__layout">
        {/* Controls, title, legend and hint first (keyboard order); on a wide screen they stand beside the map. */}
        <div className="england-map__panel">
          <div className="england-map__controls">
            <IndicatorSelect
              id={ids.indicator}
              indicators={indicators}
              value={requested?.id ?? indicator.id}
              onChange={(id) => dashboard.update({ indicator: id, year: keepYearFor(id) }, { immediate: true })}
              onConsider={prefetchSeries}
            />
            <YearControl
              id={ids.year}
              years={years}
              value={year}
              format={yearLabel}
              onChange={(y) => dashboard.update({ year: y }, { replace: true })}
            />
            <MapStyleSwitch value={style} onChange={(map) => dashboard.update({ map }, { replace: true })} />
          </div>
          {series.isPlaceholderData && requested ? (
            <p role="status" className="loading">
              Loading {requested.shortLabel}…
            </p>
          ) : null}
          {requestedYear !== null && requestedYear !== year ? (
            <p className="notification-banner" role="status">
              {indicator.shortLabel} has no figures for {requestedYear}; showing {yearLabel(year)}.
            </p>
          ) : null}
          <Title className="england-map__title">
            {indicator.label}, {yearLabel(year)}
          </Title>
          <MapLegend
            title={`${indicator.shortLabel}, ${unitHeading(indicator)} (${yearLabel(year)})`}
            items={legendItems}
            missing={missingItems}
            note={mapLegendNote(model)}
          />
          {style === 'hex' ? (
            <p className="secondary-text">
              Hex cartogram: every authority is one hexagon of the same size, so London boroughs and small unitaries
              show as clearly as counties; tiles keep roughly their real places, labelled with three-letter
              abbreviations. <Link to="/methods#hex-cartogram">How the tiles are placed</Link>.
            </p>
          ) : null}
          {englandValue !== null ? (
            <p className="secondary-text">
              England: {formatForProse(englandValue, indicator)} (as published for England as a whole, not the mean of
              authorities).
            </p>
          ) : null}
          <p className="hint" id={`${idPrefix}-hint`}>
            Hover over or tab to an authority to see its figure; click or press Enter to open its{' '}
            {opensNeighbourhoods ? 'neighbourhood map' : 'profile'}.{' '}
            {/* Every authority is a tab stop, so keyboard users can jump past them. */}
            <a href={`#${showTable ? ids.table : ids.source}`}>
              {showTable ? 'Skip the map and go to the table' : 'Skip the map'}
            </a>
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-pressed={zoom === 'london'}
            onClick={() => dashboard.update({ zoom: zoom === 'london' ? 'england' : 'london' }, { replace: true })}
          >
            {zoom === 'london' ? 'Show all of England' : 'Zoom to London'}
          </button>
        </div>
        <div className="england-map__map" ref={mapBoxRef}>
          {drawing.render({
            codes: drawnCodes,
            describe,
            onActivate: (code) => {
              const a = drawn.byCode.get(code)
              if (a)
                void navigate(
                  opensNeighbourhoods ? `/neighbourhoods/${a.areaCode}` : `/area/${a.areaCode}${searchText}`,
                )
            },
            zoom,
            label: `${mapNoun} of ${indicator.shortLabel} by local authority, ${yearLabel(year)}`,
            height: mapHeight,
          })}
        </div>
      </div>
      <p className="caption" id={ids.source} tabIndex={-1}>
        Source: {sourceTitles.join('; ')}. {BOUNDARY_ATTRIBUTION}
        {showTable ? null : (
          <>
            {' '}
            <Link to={`/map${searchText}`}>See the figures as a table</Link>.
          </>
        )}
      </p>
      <ChartDownloads
        kind="map"
        picture={(canvas) => {
          const describeYear = (y: number) =>
            `${mapNoun} of ${indicator.shortLabel} by local authority, ${yearLabel(y)}${style === 'hex' ? ': one equal hexagon per authority, placed near its real position' : ''}`
          const shown = drawing.picture(
            drawn.codes,
            (c) => drawn.byCode.get(c)?.fill,
            [...legendItems, ...missingItems],
            describeYear(year),
          )
          // A present-mode slide can play the map through its years.
          if (canvas !== 'deck' || years.length < 2 || !areas || !boundaryList) return shown
          const yearPictures = mapYearPictures({
            boundaries: boundaryList,
            areas,
            series: figures,
            indicator,
            years,
            reference: model,
            picture: drawing.picture,
            format,
            title: exportTitle,
            describe: describeYear,
          })
          return { ...shown, yearPictures }
        }}
        frame={{
          title: exportTitle(year),
          subtitle: `${unitHeading(indicator)}; classes are quintiles of the authorities with a figure, darker means higher${style === 'hex' ? '; hex cartogram, one equal tile per authority' : ''}`,
          sourceLine: `Source: ${sourceTitles.join('; ')}.`,
          licenceLine: `Contains public sector information licensed under the Open Government Licence v3.0. ${BOUNDARY_ATTRIBUTION}`,
        }}
        name={{ indicator: indicator.id, from: year }}
      />
      {showTable ? (
        <p className="no-print">
          <Link to={`/side-by-side${dashboard.searchFor({ view: 'map', view2: 'map' })}`}>
            Put this map beside another indicator&apos;s map, on the same year
          </Link>
        </p>
      ) : null}
      {deferredTable ? <AreaTable id={ids.table} {...deferredTable} open={navigate} /> : null}
      {showTable ? (
        <p className="hint">
          {indicator.noQuartiles
            ? 'LAIT shows no quartile bands for this measure: its range is too small for them to mean anything.'
            : `${BANDING_METHOD}${describeBandEnds(indicator) ? ` Here ${describeBandEnds(indicator)}.` : ''}`}
        </p>
      ) : null}
    </div>
  )
}
