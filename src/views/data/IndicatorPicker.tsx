import { useId } from 'react'
import { labelStatesUnit, unitHeading } from '../../charts/shared/format'
import { TOPIC_NAMES } from '../../model/indicators'
import { TOPICS, type Indicator } from '../../schema/indicators'
import { MAX_INDICATORS } from '../../state/dashboardState'

/**
 * Several indicators as native checkboxes, grouped by topic (one fieldset each), in the order chosen. At the cap the
 * unchecked boxes are disabled and the hint says why; the last chosen indicator cannot be unchecked.
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
  return (
    <fieldset className="data-picker" aria-describedby={`${id}-hint`}>
      <legend>Indicators</legend>
      <p className="hint" id={`${id}-hint`} aria-live="polite">
        {chosen.length} of at most {MAX_INDICATORS} chosen: {chosen.map((c) => labelOf.get(c) ?? c).join('; ')}.
        {full ? ' Untick one to choose another.' : ''}
      </p>
      <div className="data-picker__scroll">
        {TOPICS.map((topic) => {
          const inTopic = indicators.filter((i) => i.topic === topic)
          if (inTopic.length === 0) return null
          return (
            <fieldset key={topic}>
              <legend>{TOPIC_NAMES[topic]}</legend>
              <div className="data-picker__options">
                {inTopic.map((i) => {
                  const checked = chosen.includes(i.id)
                  const only = checked && chosen.length === 1
                  return (
                    <label key={i.id}>
                      <input
                        type="checkbox"
                        value={i.id}
                        checked={checked}
                        disabled={only || (!checked && full)}
                        onChange={() => onChange(checked ? chosen.filter((c) => c !== i.id) : [...chosen, i.id])}
                      />
                      {i.shortLabel}
                      {!labelStatesUnit(i) && <span className="hint"> ({unitHeading(i)})</span>}
                    </label>
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
