import { useId, useState } from 'react'
import { labelStatesUnit, unitHeading } from '../../charts/shared/format'
import type { Indicator } from '../../schema/indicators'
import { MAX_INDICATORS } from '../../state/dashboardState'
import { briefDescription, groupIndicatorOptions } from './indicatorOptions'
import './indicatorPicker.css'

/**
 * Several indicators as native checkboxes, grouped by topic (one fieldset each), each with the start of its
 * definition, in the order chosen. A search box (typos forgiven) narrows the list. At the cap the unchecked boxes are
 * disabled and the hint says why; the last chosen indicator cannot be unchecked.
 */
export function IndicatorPicker({
  indicators,
  chosen,
  onChange,
}: {
  indicators: readonly Indicator[]
  chosen: readonly string[]
  onChange: (ids: string[]) => void
}) {
  const id = useId()
  const full = chosen.length >= MAX_INDICATORS
  const labelOf = new Map(indicators.map((i) => [i.id, i.shortLabel]))
  const [query, setQuery] = useState('')
  const groups = groupIndicatorOptions(query, indicators)
  return (
    <fieldset className="data-picker" aria-describedby={`${id}-hint`}>
      <legend>Indicators</legend>
      <p className="hint" id={`${id}-hint`} aria-live="polite">
        {chosen.length} of at most {MAX_INDICATORS} chosen: {chosen.map((c) => labelOf.get(c) ?? c).join('; ')}.
        {full ? ' Untick one to choose another.' : ''}
      </p>
      <label htmlFor={`${id}-search`}>Search the indicators</label>
      <input
        id={`${id}-search`}
        className="input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p role="status" className="hint">
        {query.trim() === ''
          ? `${indicators.length} indicators by topic`
          : `${groups.reduce((n, g) => n + g.indicators.length, 0)} indicators match “${query.trim()}”`}
      </p>
      <div className="data-picker__scroll">
        {groups.map(({ topic, name, indicators: inTopic }) => {
          return (
            <fieldset key={topic}>
              <legend>{name}</legend>
              <div className="data-picker__options">
                {inTopic.map((i) => {
                  const checked = chosen.includes(i.id)
                  const only = checked && chosen.length === 1
                  return (
                    <div key={i.id}>
                      <label>
                        <input
                          type="checkbox"
                          value={i.id}
                          checked={checked}
                          disabled={only || (!checked && full)}
                          aria-describedby={`${id}-${i.id}-description`}
                          onChange={() => onChange(checked ? chosen.filter((c) => c !== i.id) : [...chosen, i.id])}
                        />
                        {i.shortLabel}
                        {!labelStatesUnit(i) && <span className="hint"> ({unitHeading(i)})</span>}
                      </label>
                      <span className="data-picker__description" id={`${id}-${i.id}-description`}>
                        {briefDescription(i)}
                      </span>
                    </div>
                  )
                })}
              </div>
            </fieldset>
          )
        })}
      </div>
    </fieldset>
  )
}
