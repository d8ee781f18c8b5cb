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
 * so gaps are skipped, plus previous/next buttons for pointer and switch users.
 */
export function YearControl({ id, years, value, format, onChange }: YearControlProps) {
  const index = Math.max(0, years.indexOf(value))
  const first = years[0]
  const last = years[years.length - 1]
  if (first === undefined || last === undefined) return null
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
      <p className="hint">
        {years.length === 1 ? `Only ${format(first)} is available.` : `${format(first)} to ${format(last)}`}
      </p>
    </div>
  )
}
