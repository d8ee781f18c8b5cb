import type { ReactNode } from 'react'

/** The legend list above a chart. */
export function ChartLegend({ children }: { children: ReactNode }) {
  return (
    <ul className="chart__legend" aria-label="Legend">
      {children}
    </ul>
  )
}

/** A short line in the colour of a series, dashed when the series is. */
export function LineSwatch({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <span
      className={`chart__swatch${dashed ? ' chart__swatch--dashed' : ''}`}
      style={{ color: colour }}
      aria-hidden="true"
    />
  )
}

/** A filled square for bars. */
export function BlockSwatch({ colour }: { colour: string }) {
  return <span className="chart__block" style={{ background: colour }} aria-hidden="true" />
}

/** A dot for points, followed by the space its label needs. */
export function DotSwatch({ colour, r = 6 }: { colour: string; r?: number }) {
  return (
    <>
      <svg width="14" height="14" aria-hidden="true">
        <circle cx="7" cy="7" r={r} fill={colour} />
      </svg>{' '}
    </>
  )
}

/** One legend entry per line of a trend: its swatch and label. */
export function SeriesLegend({
  series,
}: {
  series: readonly { key: string; label: string; colour: string; dash: string | null }[]
}) {
  return (
    <ChartLegend>
      {series.map((s) => (
        <li key={s.key}>
          <LineSwatch colour={s.colour} dashed={Boolean(s.dash)} />
          {s.label}
        </li>
      ))}
    </ChartLegend>
  )
}
