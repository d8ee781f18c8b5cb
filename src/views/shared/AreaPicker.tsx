import type { Area } from '../../schema/areas'
import { MAX_QUERY_LENGTH } from '../../search/searchAreas'
import { areaOptionGroups } from './areaOptions'
import { Combobox } from './Combobox'

/**
 * Chooses an authority: the shared combobox, searching as the home page does (typos, districts, codes) and listing
 * every authority A to Z when nothing is typed. `onClear`, when given, adds a button that unsets the choice.
 */
export function AreaPicker({
  id,
  label,
  areas,
  value,
  onChange,
  onClear,
}: {
  id: string
  label: string
  /** The authorities to choose from (leave out any that may not be chosen). */
  areas: readonly Area[]
  value: string | null
  onChange: (code: string) => void
  onClear?: () => void
}) {
  const chosen = areas.find((a) => a.code === value)
  return (
    <Combobox
      id={id}
      label={label}
      hint="Type a name, a district (such as Harrogate), a GSS code or a DfE LA number, or use the arrow keys to browse."
      listLabel="Authorities"
      noun={['authority', 'authorities']}
      chosenText={chosen?.name ?? ''}
      optionsFor={(query) => areaOptionGroups(query, areas, { browse: true, chosen: value })}
      onChoose={(area) => onChange(area.code)}
      noMatch={(query) => `No authority matches “${query}”. Check the spelling, or try the code.`}
      maxLength={MAX_QUERY_LENGTH}
      className="area-picker"
      after={
        onClear &&
        chosen && (
          <button type="button" className="button button--secondary button--small" onClick={onClear}>
            Clear<span className="visually-hidden"> the authority</span>
          </button>
        )
      }
    />
  )
}
