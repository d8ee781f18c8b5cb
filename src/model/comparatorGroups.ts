import type { Area } from '../schema/areas'
import type { NeighboursFile } from '../schema/neighbours'

/** Which comparator group the views summarise an authority against. */
export const GROUPS = ['neighbours', 'neighbours2021', 'region', 'all', 'custom', 'similar'] as const
export type GroupId = (typeof GROUPS)[number]

/** Plain-English names of the groups, for controls and notices. */
export const GROUP_LABELS: Record<GroupId, string> = {
  neighbours: 'DfE statistical neighbours (2025)',
  neighbours2021: 'DfE statistical neighbours (2021 list)',
  region: 'Authorities in the same region',
  all: 'All English authorities',
  custom: 'Your own list of authorities (the "compare" list)',
  similar: 'The 10 most similar authorities, computed',
}

/** The authorities an authority is compared with, and what the user needs to know about how they were chosen. */
export interface ComparatorGroup {
  id: GroupId
  /** "Leeds's DfE statistical neighbours (May 2025 list)". */
  label: string
  /** Member series codes in the group's own order (closest first for neighbour lists); never the authority itself. */
  memberCodes: string[]
  /** Plain-English notes: exclusions, empty lists, fallbacks. */
  notes: string[]
}

export interface ComparatorGroupInput {
  group: GroupId
  area: Area
  areas: readonly Area[]
  neighbours: NeighboursFile
  /** The URL's `compare` list (the custom group). */
  compare: readonly string[]
  /** Codes of the computed similar authorities, closest first (the 'similar' group). */
  similar: readonly string[]
}

/** What the default exclusion of City of London and Isles of Scilly is, in words, for every place it applies. */
export const EXCLUSION_NOTE =
  'City of London and Isles of Scilly are left out of averages, regressions and rankings: their child populations are too small for stable rates.'

// GOV.UK style writes the possessive of every name with 's ("Leeds's").
const possessive = (name: string) => `${name}'s`

/**
 * Builds the comparator group for an authority. Region and all-England groups hold the current authorities other than
 * the selected one, without City of London and Isles of Scilly (docs/architecture.md, "Authorities and geography"); lists chosen by DfE or by the user are
 * kept as they are, so a user who adds City of London gets it.
 */
export function buildComparatorGroup(input: ComparatorGroupInput): ComparatorGroup {
  const { group, area, areas } = input
  const isOther = (code: string) => code !== area.code
  const comparable = (a: Area) => a.status === 'current' && !a.excludedFromAverages && isOther(a.code)
  switch (group) {
    case 'neighbours':
    case 'neighbours2021': {
      const listId = group === 'neighbours' ? 'dfe2025' : 'dfe2021'
      const listName = group === 'neighbours' ? 'May 2025 list' : 'April 2021 list'
      const members = (input.neighbours[listId][area.code] ?? []).map((n) => n.code).filter(isOther)
      return {
        id: group,
        label: `${possessive(area.name)} DfE statistical neighbours (${listName})`,
        memberCodes: members,
        notes: members.length
          ? []
          : [`DfE's ${listName} has no statistical neighbours for ${area.name}; choose another group.`],
      }
    }
    case 'region':
      return {
        id: group,
        label: `Other authorities in the ${area.region} region`,
        memberCodes: areas.filter((a) => comparable(a) && a.regionCode === area.regionCode).map((a) => a.code),
        notes: [EXCLUSION_NOTE],
      }
    case 'all':
      return {
        id: group,
        label: 'All other English authorities',
        memberCodes: areas.filter(comparable).map((a) => a.code),
        notes: [EXCLUSION_NOTE],
      }
    case 'custom': {
      const members = input.compare.filter(isOther)
      return {
        id: group,
        label: 'Your chosen authorities',
        memberCodes: members,
        notes: members.length ? [] : ['Your list is empty: add authorities to compare with below.'],
      }
    }
    case 'similar':
      return {
        id: group,
        label: `The ${input.similar.length} authorities most similar to ${area.name} (computed)`,
        memberCodes: input.similar.filter(isOther),
        notes: input.similar.length
          ? [EXCLUSION_NOTE]
          : [`No similar authorities could be computed for ${area.name}: it lacks figures on the chosen measures.`],
      }
  }
}

/** A group label inside a sentence: "Other authorities…" becomes "other authorities…"; a name keeps its capital. */
export function asPhrase(label: string, areaName: string): string {
  return label.startsWith(areaName) ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`
}
