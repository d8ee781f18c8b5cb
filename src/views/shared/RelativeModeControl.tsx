import { RELATIVE_MODE_LABELS, RELATIVE_MODES, type RelativeMode } from '../../model/relativeToEngland'

/**
 * Radio buttons choosing how trends are read against England: as published, as a ratio or as a difference. Without
 * an England figure the indexed ways are offered but disabled, with the reason, rather than hidden.
 */
export function RelativeModeControl({
  name,
  value,
  onChange,
  available,
}: {
  /** The radio group's name, unique on the page. */
  name: string
  value: RelativeMode
  onChange: (mode: RelativeMode) => void
  /** Whether England has a published figure to index to. */
  available: boolean
}) {
  return (
    <fieldset className="radios">
      <legend>Show the trend as</legend>
      {RELATIVE_MODES.map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name={name}
            value={mode}
            checked={value === mode}
            disabled={mode !== 'values' && !available}
            onChange={() => onChange(mode)}
          />{' '}
          {RELATIVE_MODE_LABELS[mode]}
        </label>
      ))}
      {available ? null : <p className="hint">England has no published figure for this indicator to index to.</p>}
    </fieldset>
  )
}
