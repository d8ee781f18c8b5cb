import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Area } from '../../schema/areas'
import { MAX_QUERY_LENGTH, searchAreas, type AreaMatch } from '../../search/searchAreas'

/** Second line of a result: why it matched, and what it is now if it is a former authority. */
function describeMatch(m: AreaMatch): string {
  const parts = [`${m.area.region}, ${m.area.code}`]
  if (m.kind === 'other name') parts.push(`also known as ${m.matched}`)
  if (m.kind === 'former code') parts.push(`formerly ${m.matched}`)
  if (m.kind === 'new code') parts.push(`new code ${m.matched}`)
  if (m.kind === 'LA number') parts.push(`DfE LA number ${m.matched}`)
  if (m.kind === 'district') parts.push(`${m.matched} is a district in ${m.area.name}`)
  if (m.area.status === 'former') parts.push(`former authority${m.area.lastYear ? ` (to ${m.area.lastYear})` : ''}`)
  return parts.join(' · ')
}

/**
 * Authority search as a WAI-ARIA APG combobox with a listbox popup: the input keeps focus, arrow keys move the
 * active option (aria-activedescendant), Enter opens the active profile, Escape closes the list, then clears.
 */
export function AreaSearch({ areas }: { areas: readonly Area[] }) {
  const navigate = useNavigate()
  const id = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const results = useMemo(() => searchAreas(query, areas, 8), [query, areas])
  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-option-${i}`
  const expanded = open && results.length > 0

  const choose = (m: AreaMatch | undefined) => {
    if (m) void navigate(`/area/${m.area.code}`)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        setOpen(true)
        setActive((i) => (results.length === 0 ? -1 : (i + 1) % results.length))
        break
      case 'ArrowUp':
        event.preventDefault()
        setOpen(true)
        setActive((i) => (results.length === 0 ? -1 : (i - 1 + results.length) % results.length))
        break
      case 'Enter':
        event.preventDefault()
        // Enter without an active option opens the best match, which is what people expect of a search box.
        choose(results[active >= 0 ? active : 0])
        break
      case 'Escape':
        if (expanded) setOpen(false)
        else setQuery('')
        setActive(-1)
        break
      default:
        break
    }
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="label">
        Find a local authority
      </label>
      <p className="hint" id={`${id}-hint`}>
        Name, former name, district (such as Harrogate), GSS code (such as E08000016) or DfE LA number
      </p>
      <input
        id={`${id}-input`}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Matching authorities" className="search__listbox" hidden={!expanded}>
        {results.map((m, i) => (
          <li
            key={m.area.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search__option"
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault()
              choose(m)
            }}
          >
            <strong>{m.area.name}</strong>
            <span className="search__option-detail">{describeMatch(m)}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {query.trim() === ''
          ? ''
          : results.length === 0
            ? 'No authorities match'
            : `${results.length} ${results.length === 1 ? 'authority matches' : 'authorities match'}; use the up and down arrows to choose`}
      </p>
      {query.trim() !== '' && results.length === 0 && (
        <p className="hint">No authority matches “{query}”. Check the spelling, or try the code.</p>
      )}
    </div>
  )
}
