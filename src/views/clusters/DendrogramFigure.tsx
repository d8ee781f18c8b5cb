import { scaleLinear } from 'd3'
import { useId, useRef } from 'react'
import { AxisLeft, formatTick, plotArea } from '../../charts/shared/ChartAxes'
import { ChartFigure } from '../../charts/shared/ChartFigure'
import { ChartFooter } from '../../charts/shared/ChartFooter'
import { BlockSwatch, ChartLegend, LineSwatch } from '../../charts/shared/ChartLegend'
import { ChartSvg } from '../../charts/shared/ChartSvg'
import { besideStyle, ChartTooltip } from '../../charts/shared/ChartTooltip'
import { FocusMarker } from '../../charts/shared/FocusMarker'
import { LiveReadout } from '../../charts/shared/LiveReadout'
import { measureInBrowser } from '../../charts/shared/exportPicture'
import { pointerInViewBox } from '../../charts/shared/pointer'
import { TableTwin } from '../../charts/shared/TableTwin'
import { useActiveIndex } from '../../charts/shared/useActiveIndex'
import { useChartWidth } from '../../charts/shared/useChartWidth'
import type { Area } from '../../schema/areas'
import { cutHeight } from '../../stats/hierarchicalClustering'
import type { ClusterAnalysis } from './buildClusters'
import { clusterColour, JOINING_COLOUR } from './clusterColours'
import { basisText, columnHeading, figureText, formatSd, measureName } from './describeClusters'
import { layoutDendrogram } from './layoutDendrogram'

const WIDTH = 720
const HEIGHT = 400
const MARGIN = { top: 16, right: 16, bottom: 84, left: 56 }
const STRIP = 16
const INK = '#0b0c0c'

/**
 * The dendrogram: every authority clustered along the bottom in tree order, brackets joining them at Ward's distance,
 * the cut that makes k clusters, a numbered strip in each cluster's colour and the chosen authority marked. Arrow keys
 * step through the authorities; the table twin lists each one's cluster and figures.
 */
export function DendrogramFigure({
  analysis,
  area,
  nameOf,
  sourceLine,
  licenceLine,
}: {
  analysis: ClusterAnalysis
  area: Area | null
  nameOf: (code: string) => string
  sourceLine: string
  licenceLine: string
}) {
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const { frameRef, width } = useChartWidth(WIDTH)
  const { merges, order, clusterOf, clusters, codes, variables, basis } = analysis
  const k = clusters.length
  const n = codes.length
  const plot = plotArea(width, HEIGHT, MARGIN)
  const top = merges.at(-1)?.height ?? 1
  const y = scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top])
  const { leafX, links } = layoutDendrogram({
    merges,
    order,
    clusterOf,
    k,
    left: plot.left,
    width: plot.right - plot.left,
    bottom: plot.bottom,
    y,
  })
  const step = (plot.right - plot.left) / Math.max(1, n)
  const cut = cutHeight(merges, k)
  const { active, setActive, onKeyDown, clear } = useActiveIndex(n, 'horizontal')
  const activePoint = active === null ? null : (order[active] ?? null)
  const chosenPoint = area ? codes.indexOf(area.code) : -1
  const title = `${n} authorities in ${k} clusters on ${variables.length === 1 ? 'one measure' : `${variables.length} measures`}, ${basisText(basis)}`
  const describe = (point: number) => {
    const c = clusterOf[point] as number
    const figures = variables
      .map((v, j) => `${measureName(v, basis)} ${figureText(analysis.values[point]?.[j], v, basis)}`)
      .join('; ')
    return `${nameOf(codes[point] as string)}: cluster ${c + 1} of ${k}. ${figures}.`
  }
  const strip = clusters.map((cluster, c) => {
    const first = order.findIndex((p) => clusterOf[p] === c)
    return { cluster, c, x: plot.left + first * step, width: cluster.members.length * step }
  })
  const stripTop = plot.bottom + 6
  const chosenX = chosenPoint >= 0 ? (leafX[chosenPoint] ?? 0) : null
  const chosenLabel = area && chosenPoint >= 0 ? `${area.name} (cluster ${(clusterOf[chosenPoint] as number) + 1})` : ''

  const csvRows = order.map((p) => [
    codes[p] as string,
    nameOf(codes[p] as string),
    (clusterOf[p] as number) + 1,
    ...variables.flatMap((_, j) => [analysis.values[p]?.[j] ?? null, roundTo(analysis.z[p]?.[j], 3)]),
  ])
  return (
    <ChartFigure id={id} title={title} headingLevel={2}>
      <ChartLegend>
        {clusters.map((cluster, c) => (
          <li key={cluster.number}>
            <BlockSwatch colour={clusterColour(c)} />
            Cluster {cluster.number} ({cluster.members.length})
          </li>
        ))}
        {cut !== null && (
          <li>
            <LineSwatch colour={INK} dashed />
            Cut into {k} clusters
          </li>
        )}
      </ChartLegend>
      <div className="chart__frame" ref={frameRef}>
        <ChartSvg
          svgRef={svgRef}
          width={width}
          height={HEIGHT}
          label={`Dendrogram: ${title}. Use the left and right arrow keys to step through the authorities; the table below has every figure.`}
          describedBy={`${id}-readout`}
          onKeyDown={onKeyDown}
          onPointerMove={(event) => {
            const at = pointerInViewBox(event, width, HEIGHT)
            const i = Math.floor((at.x - plot.left) / step)
            setActive(i >= 0 && i < n ? i : null)
          }}
          onLeave={clear}
        >
          <g aria-hidden="true">
            <AxisLeft
              area={plot}
              scale={y}
              ticks={y.ticks(5)}
              format={(t) => formatTick(t, 1)}
              label="Ward distance (standard deviations)"
            />
            {links.map((link, i) => (
              <path
                key={i}
                d={link.path}
                fill="none"
                stroke={link.cluster === null ? JOINING_COLOUR : clusterColour(link.cluster)}
                strokeWidth={link.cluster === null ? 1.5 : 1.25}
              />
            ))}
            {cut !== null && (
              <>
                <line
                  x1={plot.left}
                  x2={plot.right}
                  y1={y(cut)}
                  y2={y(cut)}
                  stroke={INK}
                  strokeWidth={1.5}
                  strokeDasharray="6 4"
                />
                <text
                  x={plot.right}
                  y={y(cut) - 5}
                  textAnchor="end"
                  fontSize={12}
                  fill={INK}
                  stroke="#ffffff"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  Cut: {k} clusters
                </text>
              </>
            )}
            {strip.map(({ cluster, c, x, width: w }) => (
              <g key={cluster.number}>
                <rect x={x} y={stripTop} width={w} height={STRIP} fill={clusterColour(c)} stroke="#ffffff" />
                {w >= 14 && (
                  <text
                    x={x + w / 2}
                    y={stripTop + 12}
                    textAnchor="middle"
                    fontSize={11}
                    fontWeight={700}
                    fill="#ffffff"
                  >
                    {cluster.number}
                  </text>
                )}
              </g>
            ))}
            <text x={plot.left} y={stripTop + STRIP + 14} fontSize={12} fill={INK}>
              Authorities, in tree order (numbers: clusters)
            </text>
            {chosenX !== null && area && (
              <g>
                <path
                  d={`M${chosenX},${stripTop + STRIP + 20}l-6,10h12z`}
                  fill={INK}
                  stroke="#ffffff"
                  strokeWidth={1}
                />
                <text
                  // Centred under the marker where it fits, else moved in just far enough that a long name stays
                  // inside the chart (measured with the browser's own font metrics).
                  x={labelLeft(chosenLabel, chosenX, width)}
                  y={stripTop + STRIP + 46}
                  fontSize={12}
                  fontWeight={700}
                  fill={INK}
                >
                  {chosenLabel}
                </text>
              </g>
            )}
          </g>
          {activePoint !== null && (
            <FocusMarker
              x={(leafX[activePoint] ?? 0) - step / 2 - 1}
              y={stripTop - 4}
              width={step + 2}
              height={STRIP + 8}
            />
          )}
        </ChartSvg>
        {activePoint !== null && (
          <ChartTooltip style={besideStyle(leafX[activePoint] ?? 0, width, { gap: 12, y: stripTop, height: HEIGHT })}>
            {describe(activePoint)}
          </ChartTooltip>
        )}
      </div>
      <LiveReadout id={`${id}-readout`} text={activePoint === null ? '' : describe(activePoint)} />
      <ChartFooter
        title={title}
        sourceLine={sourceLine}
        licenceLine={licenceLine}
        svgRef={svgRef}
        name={{
          authority: area?.name,
          indicator: `${k}-clusters`,
          ...(basis.kind === 'levels' ? { from: basis.year } : { from: basis.from, to: basis.to }),
        }}
        briefingSentence={area && chosenPoint >= 0 ? describeChosen(analysis, chosenPoint, area.name) : undefined}
        csv={{
          header: [
            'area_code',
            'area',
            'cluster',
            ...variables.flatMap((v) => [columnHeading(v, basis), `${columnHeading(v, basis)} (z-score)`]),
          ],
          rows: csvRows,
        }}
      >
        {' '}
        Heights are Ward&apos;s distances between the clusters joined, in standard deviations of the measures.
      </ChartFooter>
      <TableTwin caption={`${title}: each authority's cluster and figures, in tree order`}>
        <thead>
          <tr>
            <th scope="col">Authority</th>
            <th scope="col" className="num">
              Cluster
            </th>
            {variables.map((v) => (
              <th scope="col" className="num" key={v.indicator.id}>
                {columnHeading(v, basis)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((p) => (
            <tr key={codes[p]} className={p === chosenPoint ? 'row--selected' : undefined}>
              <th scope="row">{nameOf(codes[p] as string)}</th>
              <td className="num">{(clusterOf[p] as number) + 1}</td>
              {variables.map((v, j) => (
                <td className="num" key={v.indicator.id}>
                  {figureText(analysis.values[p]?.[j], v, basis)} ({formatSd(analysis.z[p]?.[j] ?? 0)})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableTwin>
    </ChartFigure>
  )
}

/** "Barnsley is in cluster 2 of 4, with 13 other authorities": the sentence a briefing item starts with. */
function describeChosen(analysis: ClusterAnalysis, point: number, name: string): string {
  const c = analysis.clusterOf[point] as number
  const others = (analysis.clusters[c]?.members.length ?? 1) - 1
  return `${name} is in cluster ${c + 1} of ${analysis.clusters.length}, with ${others} other ${others === 1 ? 'authority' : 'authorities'}, on ${analysis.variables.map((v) => measureName(v, analysis.basis)).join(', ')} ${basisText(analysis.basis)}.`
}

function roundTo(value: number | undefined, decimals: number): number | null {
  return value === undefined ? null : Number(value.toFixed(decimals))
}

/** Where a bold 12 px label starts: centred on x, kept 2 units inside a chart `width` wide. */
function labelLeft(text: string, x: number, width: number): number {
  const w = measureInBrowser(text, 12, true)
  return Math.max(2, Math.min(x - w / 2, width - 2 - w))
}
