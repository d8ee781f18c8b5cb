import { useState } from 'react'
import { MEASURE_LABELS, MEASURES, type ColumnChoice, type Measure } from '../../gradient/types'

/** Asks the user to confirm what each column means when its header was a variant (e.g. "Children on a plan"). */
export function ConfirmColumns({
  lsoaHeader,
  choices,
  onConfirm,
  onCancel,
}: {
  lsoaHeader: string
  choices: readonly ColumnChoice[]
  onConfirm: (measures: Array<Measure | null>) => void
  onCancel: () => void
}) {
  const [measures, setMeasures] = useState<Array<Measure | null>>(() => choices.map((c) => c.measure))
  const others = choices.filter((c) => c.header !== lsoaHeader)
  const duplicate = MEASURES.some((m) => measures.filter((x) => x === m).length > 1)
  return (
    <form
      className="gradient-confirm"
      aria-labelledby="gradient-confirm-title"
      onSubmit={(e) => {
        e.preventDefault()
        if (!duplicate) onConfirm(measures)
      }}
    >
      <h2 id="gradient-confirm-title">Check what the columns mean</h2>
      <p>
        Neighbourhood codes are read from column “{lsoaHeader}”. Some count columns are not named cin, cpp or cla; check
        how each is read before the figures are computed.
      </p>
      {others.map((c) => (
        <div className="form-group" key={c.index}>
          <label htmlFor={`gradient-column-${c.index}`}>Column “{c.header}”</label>
          <select
            id={`gradient-column-${c.index}`}
            value={measures[c.index] ?? ''}
            onChange={(e) => {
              const next = [...measures]
              next[c.index] = (e.target.value || null) as Measure | null
              setMeasures(next)
            }}
          >
            <option value="">Not a count: ignore</option>
            {MEASURES.map((m) => (
              <option key={m} value={m}>
                {MEASURE_LABELS[m]} ({m})
              </option>
            ))}
          </select>
        </div>
      ))}
      {duplicate ? (
        <p className="hint" role="alert">
          Two columns are read as the same measure; choose one.
        </p>
      ) : null}
      <div className="button-group">
        <button type="submit" className="button" disabled={duplicate || measures.every((m) => m === null)}>
          Compute with these columns
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
