import { useEffect, useState } from 'react'

/** Time on each year while playing through them: slow enough to talk over, or quick to show the sweep. */
export const PLAY_SPEEDS = [
  { label: 'Slow', ms: 2500 },
  { label: 'Normal', ms: 1200 },
  { label: 'Fast', ms: 600 },
] as const

interface YearControlProps {
  id: string
  /** Years with figures, ascending. */
  years: readonly number[]
  value: number
  format: (year: number) => string
  onChange: (year: number) => void
}

/**
 * Steps through the years an indicator covers: a slider (arrow keys, Home, End) over the years that have figures,
 * so gaps are skipped, plus previous/next buttons for pointer and switch users, and Play to step through them on a
 * timer (from the first year when at the last), the year shown large while it plays, as a workshop watches the map.
 */
export function YearControl({ id, years, value, format, onChange }: YearControlProps) {
  const index = Math.max(0, years.indexOf(value))
  const first = years[0]
  const last = years[years.length - 1]
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<number>(PLAY_SPEEDS[1].ms)
  useEffect(() => {
    if (!playing) return
    const timer = window.setTimeout(() => {
      const next = years[index + 1]
      if (next === undefined) setPlaying(false)
      else onChange(next)
    }, speed)
    return () => window.clearTimeout(timer)
  }, [playing, index, speed, years, onChange])
  if (first === undefined || last === undefined) return null
  const play = () => {
    // From the start when at the end, so Play always shows the years go by.
    if (!playing && index === years.length - 1) onChange(first)
    setPlaying(!playing)
  }
  const step = (delta: number) => {
    const next = years[index + delta]
    if (next !== undefined) onChange(next)
  }
  return (
    <div className="form-group year-control">
      <label htmlFor={id}>
        Year: <strong>{format(value)}</strong>
      </label>
      <div className="year-control__row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => step(-1)}
          disabled={index === 0}
        >
          <span aria-hidden="true">‹ </span>Previous year
        </button>
        <input
          id={id}
          type="range"
          min={0}
          max={years.length - 1}
          step={1}
          value={index}
          aria-valuetext={format(value)}
          onChange={(e) => {
            const y = years[Number(e.target.value)]
            if (y !== undefined) onChange(y)
          }}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => step(1)}
          disabled={index === years.length - 1}
        >
          Next year<span aria-hidden="true"> ›</span>
        </button>
      </div>
      {years.length > 1 && (
        <div className="year-control__row">
          <button type="button" className="button button--secondary button--small" onClick={play}>
            {playing ? 'Pause' : 'Play through the years'}
          </button>
          <label htmlFor={`${id}-speed`} className="visually-hidden">
            Speed
          </label>
          <select
            id={`${id}-speed`}
            className="select"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value))}
          >
            {PLAY_SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {playing && (
        <p className="year-control__now" data-testid="playing-year">
          {format(value)}
        </p>
      )}
      <p className="hint">
        {years.length === 1 ? `Only ${format(first)} is available.` : `${format(first)} to ${format(last)}`}
      </p>
    </div>
  )
}
