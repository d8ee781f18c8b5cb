import type { NeighbourhoodVariable } from '../../schema/neighbourhoodVariables'
import { Combobox } from '../shared/Combobox'

/** Variables whose words contain every typed word, grouped as the catalogue lists them. */
function groupsFor(query: string, variables: readonly NeighbourhoodVariable[], value: string) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const matches = variables.filter((v) => {
    const text = `${v.label} ${v.shortLabel} ${v.group} ${v.id}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
  const groups = [...new Set(matches.map((v) => v.group))]
  return groups.map((group) => ({
    key: group,
    label: group,
    options: matches
      .filter((v) => v.group === group)
      .map((v) => ({ key: v.id, value: v.id, label: v.label, detail: v.unit, chosen: v.id === value })),
  }))
}

/** Picks a neighbourhood variable: the shared combobox, grouped (IMD 2025, its domains, indicators…), searchable. */
export function VariableSelect({
  id,
  label,
  variables,
  value,
  onChange,
}: {
  id: string
  label: string
  variables: readonly NeighbourhoodVariable[]
  value: string
  onChange: (variableId: string) => void
}) {
  return (
    <Combobox
      id={id}
      label={label}
      hint={`Type part of a name to search ${variables.length} neighbourhood variables, or use the arrow keys to browse them.`}
      listLabel="Neighbourhood variables"
      noun={['variable', 'variables']}
      chosenText={variables.find((v) => v.id === value)?.label ?? ''}
      optionsFor={(query) => groupsFor(query, variables, value)}
      onChoose={onChange}
      noMatch={(query) => `No variable matches “${query}”. Try another word, or clear the box to browse.`}
      className="indicator-picker"
    />
  )
}
