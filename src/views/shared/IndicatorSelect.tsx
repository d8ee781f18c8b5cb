import { useMemo } from 'react'
import type { Indicator } from '../../schema/indicators'
import { Combobox } from './Combobox'
import { groupIndicatorOptions, optionDetails } from './indicatorOptions'

/**
 * The indicator picker: the shared combobox, grouped by topic. The box shows the chosen indicator; typing part of a
 * name (typos forgiven) narrows the list, each option with the start of its definition (or, where several share one,
 * what it counts and when).
 */
export function IndicatorSelect({
  id,
  indicators,
  value,
  onChange,
  onConsider,
  label = 'Indicator',
}: {
  id: string
  /** The box's label, where a page has more than one (e.g. "Panel 2 indicator"). */
  label?: string
  indicators: readonly Indicator[]
  value: string
  onChange: (indicatorId: string) => void
  /** An indicator the user may be about to choose (see Combobox), to fetch its figures ahead. */
  onConsider?: (indicatorId: string) => void
}) {
  const details = useMemo(() => optionDetails(indicators), [indicators])
  return (
    <Combobox
      id={id}
      label={label}
      hint={`Type part of a name to search ${indicators.length} indicators, or use the arrow keys to browse them by topic.`}
      listLabel="Indicators"
      noun={['indicator', 'indicators']}
      chosenText={indicators.find((i) => i.id === value)?.label ?? ''}
      optionsFor={(query) =>
        groupIndicatorOptions(query, indicators).map((group) => ({
          key: group.topic,
          label: group.name,
          options: group.indicators.map((indicator) => ({
            key: indicator.id,
            value: indicator.id,
            label: indicator.label,
            detail: details.get(indicator.id) ?? '',
            chosen: indicator.id === value,
          })),
        }))
      }
      onChoose={onChange}
      onConsider={onConsider}
      noMatch={(query) => `No indicator matches “${query}”. Try another word, or clear the box to browse by topic.`}
      className="indicator-picker"
    />
  )
}
