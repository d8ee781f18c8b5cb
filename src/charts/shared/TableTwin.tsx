import type { ReactNode } from 'react'

/** The chart's figures as a table, folded away under the chart (and hidden in print). */
export function TableTwin({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <details>
      <summary>Show the figures as a table</summary>
      <div className="table-wrap">
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  )
}
