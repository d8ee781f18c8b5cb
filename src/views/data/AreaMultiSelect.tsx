import { useId, useMemo, useState } from 'react'
import type { Area } from '../../schema/areas'
import { MAX_QUERY_LENGTH, searchAreas } from '../../search/searchAreas'

/**
 * The custom list as native checkboxes (screen readers announce each as checked or not), with a filter box that uses
 * the same search as the home page (names, former names, codes, LA numbers). Chosen authorities keep their order.
 */
export function AreaMultiSelect({
  areas,
  chosen,
  onChange,
}: {
  areas: readonly Area[]
  chosen: readonly string[]
  onChange: (codes: string[]) => void
}) {
  const id = useId()
  const [query, setQuery] = useState('')
  const sorted = useMemo(
    () =>
      [...areas].sort((a, b) =>
        a.status === b.status ? a.name.localeCompare(b.name) : a.status === 'current' ? -1 : 1,
      ),
    [areas],
  )
  const shown = useMemo(
    () => (query.trim() === '' ? sorted : searchAreas(query, areas, areas.length).map((m) => m.area)),
    [query, sorted, areas],
  )
  const names = new Map(areas.map((a) => [a.code, a.name]))
  return (
    <fieldset className="data-picker">
      <legend>Your list of authorities</legend>
      <p className="hint" aria-live="polite">
        {chosen.length === 0
          ? 'None chosen yet.'
          : `${chosen.length} chosen: ${chosen.map((c) => names.get(c) ?? c).join(', ')}.`}
      </p>
      <div className="form-group">
        <label htmlFor={`${id}-filter`}>Filter authorities</label>
        <input
          id={`${id}-filter`}
          className="input"
          type="search"
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="data-picker__scroll data-picker__options">
        {shown.length === 0 && <p>No authority matches “{query}”.</p>}
        {shown.map((a) => {
          const checked = chosen.includes(a.code)
          return (
            <label key={a.code}>
              <input
                type="checkbox"
                value={a.code}
                checked={checked}
                onChange={() => onChange(checked ? chosen.filter((c) => c !== a.code) : [...chosen, a.code])}
              />
              {a.name}
              {a.status === 'former' ? ' (former)' : ''} <span className="hint">{a.code}</span>
            </label>
          )
        })}
      </div>
      {chosen.length > 0 && (
        <button type="button" className="button button--secondary" onClick={() => onChange([])}>
          Clear the list
        </button>
      )}
    </fieldset>
  )
}
