import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { Indicator } from '../../schema/indicators'
import { briefDescription, groupIndicatorOptions } from './indicatorOptions'

interface IndicatorSelectProps {
  id: string
  indicators: readonly Indicator[]
  value: string
  onChange: (indicatorId: string) => void
}

/**
 * The indicator picker: a WAI-ARIA APG combobox with a grouped listbox. The input shows the chosen indicator; typing
 * part of a name (typos forgiven) narrows the list, grouped by topic, each option with the start of its definition.
 * The input keeps focus; arrow keys move the active option (aria-activedescendant), Enter chooses it (or the best
 * match), Escape closes the list, then puts the chosen indicator's name back.
 */
export function IndicatorSelect({ id, indicators, value, onChange }: IndicatorSelectProps) {
  const hintId = useId()
  const chosen = indicators.find((i) => i.id === value)
  // null while not typing: the input then shows the chosen indicator's name.
  const [query, setQuery] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const groups = useMemo(() => groupIndicatorOptions(query ?? '', indicators), [query, indicators])
  const options = groups.flatMap((g) => g.indicators)
  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-option-${i}`
  const expanded = open && options.length > 0

  const choose = (indicator: Indicator | undefined) => {
    if (!indicator) return
    onChange(indicator.id)
    setQuery(null)
    setOpen(false)
    setActive(-1)
  }
  const move = (step: number) => {
    setOpen(true)
    setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        move(1)
        break
      case 'ArrowUp':
        event.preventDefault()
        move(-1)
        break
      case 'Enter':
        if (!expanded) break
        event.preventDefault()
        choose(options[active >= 0 ? active : 0])
        break
      case 'Escape':
        if (expanded) setOpen(false)
        else setQuery(null)
        setActive(-1)
        break
      default:
        break
    }
  }

  // Each group's first option's place in the flat list the arrow keys move through.
  const firstIndex = groups.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.indicators.length, 0))
  return (
    <div className="form-group search indicator-picker">
      <label htmlFor={id}>Indicator</label>
      <p className="hint" id={hintId}>
        Type part of a name to search {indicators.length} indicators, or use the arrow keys to browse them by topic.
      </p>
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query ?? chosen?.label ?? ''}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => e.target.select()}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false)
          setQuery(null)
          setActive(-1)
        }}
      />
      <div id={listId} role="listbox" aria-label="Indicators" className="search__listbox" hidden={!expanded}>
        {groups.map((group, g) => (
          <div key={group.topic} role="group" aria-labelledby={`${id}-group-${group.topic}`}>
            <div role="presentation" id={`${id}-group-${group.topic}`} className="search__group-label">
              {group.name}
            </div>
            {group.indicators.map((indicator, j) => {
              const i = (firstIndex[g] ?? 0) + j
              return (
                <div
                  key={indicator.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="search__option"
                  // mousedown, not click: it fires before the input's blur closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault()
                    choose(indicator)
                  }}
                >
                  <strong>{indicator.label}</strong>
                  {indicator.id === value && <span className="visually-hidden"> (chosen)</span>}
                  <span className="search__option-detail">{briefDescription(indicator)}</span>
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {query === null || query.trim() === ''
          ? ''
          : options.length === 0
            ? 'No indicators match'
            : `${options.length} ${options.length === 1 ? 'indicator matches' : 'indicators match'}; use the up and down arrows to choose`}
      </p>
      {query !== null && query.trim() !== '' && options.length === 0 && (
        <p className="hint">No indicator matches “{query}”. Try another word, or clear the box to browse by topic.</p>
      )}
    </div>
  )
}
