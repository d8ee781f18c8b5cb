import { TOPIC_NAMES } from '../../model/indicators'
import { TOPICS, type Indicator } from '../../schema/indicators'

interface IndicatorSelectProps {
  id: string
  indicators: readonly Indicator[]
  value: string
  onChange: (indicatorId: string) => void
}

/** A native select of every indicator, grouped by topic (keyboard and screen-reader friendly as is). */
export function IndicatorSelect({ id, indicators, value, onChange }: IndicatorSelectProps) {
  return (
    <div className="form-group">
      <label htmlFor={id}>Indicator</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {TOPICS.map((topic) => {
          const inTopic = indicators.filter((i) => i.topic === topic)
          if (inTopic.length === 0) return null
          return (
            <optgroup key={topic} label={TOPIC_NAMES[topic]}>
              {inTopic.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </optgroup>
          )
        })}
      </select>
    </div>
  )
}
