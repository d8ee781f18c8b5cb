import type { Area } from '../../schema/areas'
import { searchAreas, type AreaMatch } from '../../search/searchAreas'
import type { ComboboxGroup } from './Combobox'
import { compareNames } from '../../model/compareNames'

/** How many matches a typed query lists: enough for a shared word ("North …"), short enough to read. */
const MATCHES_SHOWN = 8

/** Second line of a result: why it matched, and what it is now if it is a former authority. */
export function describeMatch(m: AreaMatch): string {
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
 * An authority picker's options. Typed: the best matches of the home page's search (names, other names, districts,
 * codes, LA numbers; typos forgiven), each saying why it matched. Empty: nothing for a search box (`browse` false),
 * or every authority A to Z for a picker, current ones first and former ones after, under those headings.
 */
export function areaOptionGroups(
  query: string,
  areas: readonly Area[],
  { browse, chosen = null }: { browse: boolean; chosen?: string | null },
): ComboboxGroup<Area>[] {
  const option = (area: Area, detail: string) => ({
    key: area.code,
    value: area,
    label: area.name,
    detail,
    chosen: area.code === chosen,
  })
  if (query.trim() !== '') {
    const matches = searchAreas(query, areas, MATCHES_SHOWN)
    return matches.length
      ? [{ key: 'matches', label: null, options: matches.map((m) => option(m.area, describeMatch(m))) }]
      : []
  }
  if (!browse) return []
  const byName = [...areas].sort((a, b) => compareNames(a.name, b.name))
  return (
    [
      ['current', 'Current authorities'],
      ['former', 'Former authorities'],
    ] as const
  ).flatMap(([status, label]) => {
    const inGroup = byName.filter((a) => a.status === status)
    return inGroup.length
      ? [
          {
            key: status,
            label,
            options: inGroup.map((a) =>
              option(a, `${a.region}, ${a.code}${a.lastYear && status === 'former' ? ` · to ${a.lastYear}` : ''}`),
            ),
          },
        ]
      : []
  })
}
