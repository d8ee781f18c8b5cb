import type { ReactNode, RefObject } from 'react'
import { ChartDownloads, type ChartCsv, type ExportName } from './ChartDownloads'
import type { ExportCanvas, ExportLegendEntry, ExportPicture, PictureTimeline } from './exportLayout'
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
  slidePicture,
  timeline,
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
  /**
   * The chart laid out for a present-mode slide (the `deck` canvas), for a chart whose screen layout would shrink
   * too far there; given the legend the figure shows.
   */
  slidePicture?: ((legend: readonly ExportLegendEntry[]) => ExportPicture) | undefined
  /** Where the chart's years are, so present mode can play it through the years. */
  timeline?: PictureTimeline | undefined
  /** Notes that follow the licence line inside the caption. */
  children?: ReactNode
}) {
  const picture = (canvas: ExportCanvas) => {
    const svg = svgRef.current
    if (!svg) return null
    const legend = readChartLegend(svg.closest('figure'))
    if (canvas === 'deck' && slidePicture) return slidePicture(legend)
    const picture = pictureFromChartSvg(svg, legend)
    return timeline ? { ...picture, timeline } : picture
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
