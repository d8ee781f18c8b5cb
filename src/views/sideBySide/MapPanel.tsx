import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { ChartDownloads } from '../../charts/shared/ChartDownloads'
import { formatForProse, formatNumber, formatYear, unitHeading } from '../../charts/shared/format'
import { buildAreaMap } from '../../map/buildAreaMap'
import { MapLegend } from '../../map/MapLegend'
import { BOUNDARY_ATTRIBUTION } from '../../map/palette'
import { englandAt } from '../../model/series'
import { describeRankOrder } from '../../model/ranks'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import type { MapStyle } from '../../state/dashboardState'
import { AreaTable } from '../shared/englandMap/AreaTable'
import { describeMapArea, mapLegendItems, mapLegendNote } from '../shared/englandMap/mapKey'
import type { MapDrawing } from '../shared/englandMap/mapDrawing'
import { LICENCE_LINE } from '../shared/sourceLine'
import { compareNames } from '../../model/compareNames'

/** A panel's England map: one indicator in the page's shared year, drawn from the pre-projected boundaries. */
export function MapPanel({
  idPrefix,
  drawing,
  indicator,
  series,
  year,
  areas,
  sourceTitles,
  search,
  style,
}: {
  idPrefix: string
  drawing: MapDrawing
  indicator: Indicator
  series: Series
  year: number
  areas: readonly Area[]
  sourceTitles: readonly string[]
  /** Query string carried to the profile links. */
  search: string
  /** Whether `drawing` is the geographic map or the hex cartogram (one equal tile per authority). */
  style: MapStyle
}) {
  const navigate = useNavigate()
  const boundaries = drawing.boundaries
  const model = useMemo(
    () => (boundaries ? buildAreaMap(boundaries, areas, series, indicator, year) : undefined),
    [boundaries, areas, series, indicator, year],
  )
  // Keyboard order: alphabetical by name, as on the England map.
  const drawn = useMemo(() => {
    const byCode = new Map((model?.areas ?? []).map((a) => [a.boundaryCode, a]))
    const codes = (boundaries ?? [])
      .filter((b) => byCode.has(b.code))
      .sort((a, b) => compareNames(a.name, b.name))
      .map((b) => b.code)
    return { codes, byCode }
  }, [model, boundaries])
  if (!model) return <p>Loading the map…</p>

  const yearText = formatYear(year, indicator.yearType)
  const when = yearText.charAt(0).toUpperCase() + yearText.slice(1)
  const { classes, missing } = mapLegendItems(model, (v) => formatNumber(v, indicator.decimals))
  const england = englandAt(series, year)
  const title = `${indicator.label}, ${yearText}`
  const label = `${style === 'hex' ? 'Hex cartogram' : 'Map'} of ${indicator.shortLabel} by local authority, ${yearText}`
  return (
    <figure className="side-panel__figure">
      <h3 className="side-panel__title">{title}</h3>
      <MapLegend
        title={`${indicator.shortLabel}, ${unitHeading(indicator)}`}
        items={classes}
        missing={missing}
        note={mapLegendNote(model)}
      />
      {england !== null ? (
        <p className="secondary-text">England: {formatForProse(england, indicator)} (as published).</p>
      ) : null}
      {drawing.render({
        codes: drawn.codes,
        describe: (code) => {
          const a = drawn.byCode.get(code)
          return a ? describeMapArea(a, when) : undefined
        },
        onActivate: (code) => {
          const a = drawn.byCode.get(code)
          if (a) void navigate(`/area/${a.areaCode}${search}`)
        },
        zoom: 'england',
        label,
        height: null,
      })}
      <figcaption className="caption">
        Source: {sourceTitles.join('; ')}. {BOUNDARY_ATTRIBUTION}
      </figcaption>
      <ChartDownloads
        kind="map"
        picture={() => drawing.picture(drawn.codes, (c) => drawn.byCode.get(c)?.fill, [...classes, ...missing], label)}
        frame={{
          title,
          subtitle: `${unitHeading(indicator)}; classes are quintiles of the authorities with a figure, darker means higher${style === 'hex' ? '; hex cartogram, one equal tile per authority' : ''}`,
          sourceLine: `Source: ${sourceTitles.join('; ')}.`,
          licenceLine: `${LICENCE_LINE} ${BOUNDARY_ATTRIBUTION}`,
        }}
        name={{ indicator: indicator.id, from: year }}
      />
      <details>
        <summary>Show the figures as a table</summary>
        <AreaTable
          id={`${idPrefix}-table`}
          caption={`${title}: every authority with its value, rank and quartile band`}
          areas={model.areas}
          search={search}
          valueHeading={indicator.shortLabel}
          rankHeading={`Rank in England (${describeRankOrder(indicator.polarity, indicator.topic)})`}
          open={navigate}
        />
      </details>
    </figure>
  )
}
