import type { Area } from '../../schema/areas'
import type { NeighboursFile } from '../../schema/neighbours'
import type { GroupId } from '../../model/comparatorGroups'
import { existedDuring } from '../../model/lifetimes'

/** The authorities a /data table lists, and the group its summary row averages. */
export interface DataAreaSelection {
  /** The group listed: the one asked for, or "all" when it needs an authority and none is chosen. */
  group: GroupId
  /** Authorities listed, in the group's own order (the chosen authority first, neighbours closest first). */
  areas: Area[]
  /** Phrase for titles: "Barnsley and its statistical neighbours (DfE 2025 list)". */
  description: string
  /** The group mean's label and members (before City of London and Isles of Scilly are taken out); null = no mean. */
  summary: { label: string; memberCodes: string[] } | null
  /** Things the user should know about how the list was made (empty lists, fallbacks, left-out authorities). */
  notes: string[]
}

export interface DataAreaInput {
  areas: readonly Area[]
  group: GroupId
  /** The chosen authority (needed by the neighbour, region and similar groups). */
  areaCode: string | null
  /** Whether a neighbour or region list shows the chosen authority itself. */
  includeArea: boolean
  /** The custom list (URL `compare`). */
  compare: readonly string[]
  neighbours: NeighboursFile | null
  /** The chosen years: all-authority and region lists keep only authorities that existed at some point in them. */
  from: number
  to: number
}

const NEIGHBOUR_LISTS = {
  neighbours: { key: 'dfe2025', name: 'DfE 2025 list' },
  neighbours2021: { key: 'dfe2021', name: 'DfE 2021 list' },
  similar: { key: 'computed', name: 'computed by CSC Explorer' },
} as const

/**
 * Chooses the authorities for a /data table. "All" and "region" list every authority, current or former, that existed
 * in the chosen years (so a 2010-2020 table still has Cumbria and Northamptonshire); neighbour lists are DfE's as
 * published; a custom list is the user's, in their order. Groups that need an authority fall back to all authorities
 * when none is chosen, and say so.
 */
export function selectDataAreas(input: DataAreaInput): DataAreaSelection {
  const { areas, group, areaCode, includeArea, from, to } = input
  const byCode = new Map(areas.map((a) => [a.code, a]))
  const chosen = areaCode ? byCode.get(areaCode) : undefined
  const lookup = (codes: readonly string[]) => codes.flatMap((c) => byCode.get(c) ?? [])
  const inRange = areas.filter((a) => existedDuring(a, from, to))
  const everyone: DataAreaSelection = {
    group: 'all',
    areas: inRange,
    description: 'all authorities',
    summary: { label: 'Mean of all authorities', memberCodes: inRange.map((a) => a.code) },
    notes: [],
  }

  if (group === 'all') return everyone
  if (group === 'custom') {
    const listed = lookup(input.compare)
    return {
      group,
      areas: listed,
      description: 'your chosen authorities',
      summary: listed.length
        ? { label: 'Mean of your chosen authorities', memberCodes: listed.map((a) => a.code) }
        : null,
      notes: listed.length ? [] : ['Your list is empty: choose authorities below.'],
    }
  }
  if (!chosen)
    return {
      ...everyone,
      notes: ['Choose an authority to list its region or its neighbours; showing all authorities.'],
    }

  if (group === 'region') {
    const members = inRange.filter((a) => a.regionCode === chosen.regionCode)
    const listed = includeArea ? members : members.filter((a) => a.code !== chosen.code)
    return {
      group,
      areas: listed,
      description: includeArea
        ? `authorities in ${chosen.region}`
        : `authorities in ${chosen.region} other than ${chosen.name}`,
      summary: { label: `Mean of authorities in ${chosen.region}`, memberCodes: listed.map((a) => a.code) },
      notes: [],
    }
  }

  const list = NEIGHBOUR_LISTS[group]
  const neighbourCodes = (input.neighbours?.[list.key]?.[chosen.code] ?? []).map((n) => n.code)
  const neighbours = lookup(neighbourCodes).filter((a) => a.code !== chosen.code)
  const kind = group === 'similar' ? 'most similar authorities' : 'statistical neighbours'
  return {
    group,
    areas: includeArea ? [chosen, ...neighbours] : neighbours,
    description: includeArea
      ? `${chosen.name} and its ${kind} (${list.name})`
      : `${chosen.name}'s ${kind} (${list.name})`,
    // LAIT's neighbour average leaves the authority itself out; so does this one, whether or not it is listed.
    summary: neighbours.length
      ? { label: `Mean of ${chosen.name}'s ${kind}`, memberCodes: neighbours.map((a) => a.code) }
      : null,
    notes: neighbours.length ? [] : [`There are no ${kind} (${list.name}) for ${chosen.name}.`],
  }
}
