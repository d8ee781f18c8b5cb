import type { ReactNode, RefObject } from 'react'
import { ChartDownloads, type ChartCsv, type ExportName } from './ChartDownloads'
import { pictureFromChartSvg, readChartLegend } from './exportPicture'

/** Source and licence under the chart (with any chart-specific notes), then the PNG, SVG and CSV downloads. */
export function ChartFooter({
  title,
  subtitle,
  sourceLine,
  licenceLine,
  svgRef,
  csv,
  name,
  briefingSentence,
  children,
}: {
  title: string
  /** Authority and years for the exported picture, when the title does not say them. */
  subtitle?: string | undefined
  sourceLine: string
  licenceLine: string
  /** The picture the image downloads are made from; the legend is read from the figure around it. */
  svgRef: RefObject<SVGSVGElement | null>
  csv: ChartCsv
  /** Parts of the download file names; without it they come from the title. */
  name?: ExportName | undefined
  /** The sentence a briefing item of this chart starts with, where the published data cannot generate one. */
  briefingSentence?: string | undefined
  /** Notes that follow the licence line inside the caption. */
  children?: ReactNode
}) {
  const picture = () => {
    const svg = svgRef.current
    return svg ? pictureFromChartSvg(svg, readChartLegend(svg.closest('figure'))) : null
  }
  return (
    <>
      <figcaption className="chart__source">
        {sourceLine} {licenceLine}
        {children}
      </figcaption>
      <ChartDownloads
        picture={picture}
        frame={{ title, subtitle, sourceLine, licenceLine }}
        name={name}
        csv={csv}
        briefingSentence={briefingSentence}
      />
    </>
  )
}
