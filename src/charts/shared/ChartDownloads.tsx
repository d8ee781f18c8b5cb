import { useState, type RefObject } from 'react'
import { buildCsv, slugify, type CsvCell } from './buildCsv'
import type { ExportFrame } from './composeExportSvg'
import { downloadPng, downloadSvg, downloadText } from './download'

/** The chart's data as the CSV download has it. */
export interface ChartCsv {
  header: string[]
  rows: CsvCell[][]
}

/** PNG, SVG and CSV downloads of a chart; each file carries the title, source and licence. */
export function ChartDownloads({
  svgRef,
  frame,
  csv,
}: {
  svgRef: RefObject<SVGSVGElement | null>
  frame: ExportFrame
  csv: ChartCsv
}) {
  const [problem, setProblem] = useState<string | null>(null)
  const name = slugify(frame.title)
  function saveImage(kind: 'png' | 'svg') {
    setProblem(null)
    const svg = svgRef.current
    if (!svg) return
    const saving = kind === 'png' ? downloadPng(svg, frame, `${name}.png`) : downloadSvg(svg, frame, `${name}.svg`)
    Promise.resolve(saving).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)))
  }
  return (
    <div className="chart__downloads">
      <button type="button" className="button button--secondary button--small" onClick={() => saveImage('png')}>
        Download PNG<span className="visually-hidden"> image of {frame.title}</span>
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => saveImage('svg')}>
        Download SVG<span className="visually-hidden"> image of {frame.title}</span>
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          downloadText(
            buildCsv(csv.header, csv.rows, [frame.title, frame.sourceLine, frame.licenceLine]),
            `${name}.csv`,
            'text/csv;charset=utf-8',
          )
        }
      >
        Download CSV<span className="visually-hidden"> data of {frame.title}</span>
      </button>
      {problem && (
        <p role="alert" className="hint">
          {problem}
        </p>
      )}
    </div>
  )
}
