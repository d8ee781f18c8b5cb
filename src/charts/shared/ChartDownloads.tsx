import { useEffect, useRef, useState } from 'react'
import { AddToBriefing } from '../../briefing/AddToBriefing'
import { buildCsv, exportFileName, type CsvCell } from './buildCsv'
import type { ExportCanvas, ExportFrame, ExportPicture } from './exportLayout'
import { buildExportSvg, svgToPng } from './exportPicture'
import { downloadBlob, downloadText } from './download'
import { registerExport } from './exportRegistry'

/** The chart's data as the CSV download has it; `decimals` gives each column's published precision (null: as is). */
export interface ChartCsv {
  header: string[]
  rows: CsvCell[][]
  decimals?: readonly (number | null)[]
}

/** What a file name is made of: `<authority>-<indicator>-<from>-<to>`, any part left out when it does not apply. */
export interface ExportName {
  authority?: string | undefined
  indicator: string
  from?: number | string | undefined
  to?: number | string | undefined
}

/**
 * PNG, SVG and CSV downloads of a chart or map. Images are drawn on the fixed slide canvas with the title, legend,
 * source, licence and a link back to the view; the CSV carries the title, source and licence after the rows.
 */
export function ChartDownloads({
  picture,
  frame,
  name,
  csv,
  kind = 'chart',
  briefingSentence,
}: {
  /** The picture to export for a canvas, read when a button is pressed (null if it is not on the page). */
  picture: (canvas: ExportCanvas) => ExportPicture | null
  frame: ExportFrame
  name?: ExportName | undefined
  csv?: ChartCsv | undefined
  kind?: 'chart' | 'map'
  /** The sentence a briefing item of this chart starts with, where the published data cannot generate one. */
  briefingSentence?: string | undefined
}) {
  const [problem, setProblem] = useState<string | null>(null)
  // The latest picture and frame, registered by title so a briefing can draw this chart from the view it loads.
  const latest = useRef({ picture, frame })
  useEffect(() => {
    latest.current = { picture, frame }
  })
  useEffect(
    () =>
      registerExport(frame.title, {
        picture: (canvas) => latest.current.picture(canvas),
        get frame() {
          return latest.current.frame
        },
        kind,
        indicator: name?.indicator,
      }),
    [frame.title, kind, name?.indicator],
  )
  const fileName = exportFileName(name, frame.title)
  const withLink = (): ExportFrame => ({ ...frame, link: frame.link ?? window.location.href })
  function saveImage(kind: 'png' | 'svg') {
    setProblem(null)
    const shown = picture('slide')
    if (!shown) return
    const { markup, width, height } = buildExportSvg(shown, withLink(), 'slide')
    if (kind === 'svg') return downloadText(markup, `${fileName}.svg`, 'image/svg+xml')
    svgToPng(markup, width, height)
      .then((blob) => downloadBlob(blob, `${fileName}.png`))
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)))
  }
  return (
    <div className="chart__downloads">
      <button type="button" className="button button--secondary button--small" onClick={() => saveImage('png')}>
        Download PNG<span className="visually-hidden"> image of {frame.title}</span>
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => saveImage('svg')}>
        Download SVG<span className="visually-hidden"> image of {frame.title}</span>
      </button>
      {csv && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            downloadText(
              buildCsv(
                csv.header,
                csv.rows,
                [frame.title, frame.sourceLine, frame.licenceLine, window.location.href],
                csv.decimals,
              ),
              `${fileName}.csv`,
              'text/csv;charset=utf-8',
            )
          }
        >
          Download CSV<span className="visually-hidden"> data of {frame.title}</span>
        </button>
      )}
      <AddToBriefing
        item={{
          kind,
          title: frame.title,
          source: frame.sourceLine,
          licence: frame.licenceLine,
          ...(name?.indicator ? { indicatorId: name.indicator } : {}),
          ...(briefingSentence ? { sentence: briefingSentence } : {}),
        }}
      />
      {problem && (
        <p role="alert" className="hint">
          {problem}
        </p>
      )}
    </div>
  )
}
