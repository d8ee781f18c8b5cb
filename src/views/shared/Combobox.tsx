import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react'

/** One choice in the list: its visible name, an optional second line, and whether it is the current choice. */
export interface ComboboxOption<T> {
  key: string
  value: T
  label: string
  detail?: string
  chosen?: boolean
}

/** Options under a heading (a topic, "Current authorities"); a null label lists them without one. */
export interface ComboboxGroup<T> {
  key: string
  label: string | null
  options: ComboboxOption<T>[]
}

export interface ComboboxProps<T> {
  /** The input's element id (options are `${id}-option-<n>`). */
  id: string
  label: ReactNode
  hint: ReactNode
  /** The listbox's accessible name ("Matching authorities"). */
  listLabel: string
  /** Singular and plural of what is listed, for the live count ("authority", "authorities"). */
  noun: readonly [string, string]
  /**
   * The current choice's name, shown whenever the user is not typing; leaving the box or Escape puts it back.
   * Undefined for a search box that holds no choice: what was typed then stays, and Escape clears it.
   */
  chosenText?: string
  /** The options for what is typed ('' when nothing is), best first. */
  optionsFor: (query: string) => ComboboxGroup<T>[]
  onChoose: (value: T) => void
  /** Shown under the box when something is typed and nothing matches. */
  noMatch: (query: string) => ReactNode
  maxLength?: number
  className?: string
  /** Drawn after the input, such as a button that clears the choice. */
  after?: ReactNode
  /**
   * Told of options the user may be about to choose (the active one, one the pointer is over, the best three matches
   * of what is typed), so a page can fetch what they show ahead of the choice.
   */
  onConsider?: (value: T) => void
}

/**
 * The one picker of the app: a WAI-ARIA 1.2 combobox (an editable input with a listbox popup, grouped or not). The
 * input keeps focus; Up and Down move the active option (aria-activedescendant), Home and End jump to the first and
 * last option once one is active (otherwise they move the caret), Enter chooses the active option or the best match,
 * Escape closes the list, then restores (or clears) the text. Mouse choices use mousedown, which fires before the
 * input's blur closes the list.
 */
export function Combobox<T>({
  id,
  label,
  hint,
  listLabel,
  noun,
  chosenText,
  optionsFor,
  onChoose,
  noMatch,
  maxLength,
  className,
  after,
  onConsider,
}: ComboboxProps<T>) {
  const hintId = useId()
  // null while not typing: the input then shows the current choice.
  const [query, setQuery] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const groups = optionsFor(query ?? '')
  const options = groups.flatMap((g) => g.options)
  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-option-${i}`
  const expanded = open && options.length > 0
  const typed = query !== null && query.trim() !== ''

  // A long list scrolls: keep the active option in view as the arrow keys move it.
  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  useEffect(() => {
    if (!expanded || !onConsider) return
    const likely = [...(active >= 0 ? [options[active]] : []), ...(typed ? options.slice(0, 3) : [])]
    for (const option of likely) if (option) onConsider(option.value)
  })

  const reset = () => {
    setOpen(false)
    setActive(-1)
    if (chosenText !== undefined) setQuery(null)
  }
  const choose = (option: ComboboxOption<T> | undefined) => {
    if (!option) return
    // Closed first: a choice the parent draws at once (synchronously) then renders the closed list, not the matches
    // for what was typed.
    setQuery(null)
    setOpen(false)
    setActive(-1)
    onChoose(option.value)
  }
  const moveTo = (index: number) => {
    setOpen(true)
    setActive(options.length === 0 ? -1 : (index + options.length) % options.length)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        moveTo(expanded ? active + 1 : Math.max(active, 0))
        break
      case 'ArrowUp':
        event.preventDefault()
        moveTo(expanded ? active - 1 : options.length - 1)
        break
      case 'Home':
      case 'End':
        if (!expanded || active < 0) break
        event.preventDefault()
        moveTo(event.key === 'Home' ? 0 : options.length - 1)
        break
      case 'Enter':
        if (!expanded) break
        event.preventDefault()
        // Enter without an active option takes the best match, which is what people expect of a search box.
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

  let index = 0
  const renderOption = (option: ComboboxOption<T>) => {
    const i = index++
    return (
      <div
        key={option.key}
        id={optionId(i)}
        role="option"
        aria-selected={i === active}
        className="search__option"
        onMouseEnter={onConsider ? () => onConsider(option.value) : undefined}
        onMouseDown={(e) => {
          e.preventDefault()
          choose(option)
        }}
      >
        <strong>{option.label}</strong>
        {option.chosen && <span className="visually-hidden"> (chosen)</span>}
        {option.detail && <span className="search__option-detail">{option.detail}</span>}
      </div>
    )
  }

  return (
    <div className={`form-group search${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      <div className="search__field">
        <input
          id={id}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          maxLength={maxLength}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={query ?? chosenText ?? ''}
          onChange={(e) => {
            setQuery(e.target.value)
            setOpen(true)
            setActive(-1)
          }}
          onKeyDown={onKeyDown}
          onFocus={(e) => e.target.select()}
          onClick={() => setOpen(true)}
          onBlur={reset}
        />
        {after}
      </div>
      <div id={listId} role="listbox" aria-label={listLabel} className="search__listbox" hidden={!expanded}>
        {groups.map((group) =>
          group.label === null ? (
            group.options.map(renderOption)
          ) : (
            <div key={group.key} role="group" aria-labelledby={`${id}-group-${group.key}`}>
              <div role="presentation" id={`${id}-group-${group.key}`} className="search__group-label">
                {group.label}
              </div>
              {group.options.map(renderOption)}
            </div>
          ),
        )}
      </div>
      <p role="status" className="visually-hidden">
        {!typed
          ? ''
          : options.length === 0
            ? `No ${noun[1]} match`
            : `${options.length} ${options.length === 1 ? `${noun[0]} matches` : `${noun[1]} match`}; use the up and down arrows to choose`}
      </p>
      {typed && options.length === 0 && <p className="hint">{noMatch(query)}</p>}
    </div>
  )
}
