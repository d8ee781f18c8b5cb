import type { ReactNode, RefObject } from 'react'
import { ChartDownloads, type ChartCsv } from './ChartDownloads'

/** Source and licence under the chart (with any chart-specific notes), then the PNG, SVG and CSV downloads. */
export function ChartFooter({
  title,
  sourceLine,
  licenceLine,
  svgRef,
  csv,
  children,
}: {
  title: string
  sourceLine: string
  licenceLine: string
  /** The picture the image downloads are made from. */
  svgRef: RefObject<SVGSVGElement | null>
  csv: ChartCsv
  /** Notes that follow the licence line inside the caption. */
  children?: ReactNode
}) {
  return (
    <>
      <figcaption className="chart__source">
        {sourceLine} {licenceLine}
        {children}
      </figcaption>
      <ChartDownloads svgRef={svgRef} frame={{ title, sourceLine, licenceLine }} csv={csv} />
    </>
  )
}
