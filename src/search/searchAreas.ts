import type { Area } from '../schema/areas'
import { allowedTypos, editDistance } from './editDistance'
import { significantWords, tokenise } from './normaliseName'

/** Why an area matched, for the result's second line. */
export type MatchKind = 'code' | 'former code' | 'new code' | 'LA number' | 'name' | 'other name' | 'district'

export interface AreaMatch {
  area: Area
  /** Higher is better; only the order matters. */
  score: number
  kind: MatchKind
  /** The code, number or name that matched. */
  matched: string
}

/** How well one query word matches one name word: exact 3, prefix 2, typo-tolerant 1 (or partial prefix), else 0. */
function scoreWord(queryWord: string, nameWord: string, isLastQueryWord: boolean): number {
  if (queryWord === nameWord) return 3
  // Only the word being typed may be a prefix ("north yo" → North Yorkshire).
  if (isLastQueryWord && nameWord.startsWith(queryWord)) return 2
  const typos = allowedTypos(queryWord.length)
  if (typos === 0) return 0
  if (editDistance(queryWord, nameWord) <= typos) return 1
  if (isLastQueryWord && nameWord.length > queryWord.length) {
    const prefix = nameWord.slice(0, queryWord.length)
    if (editDistance(queryWord, prefix) <= typos) return 0.5
  }
  return 0
}

/** Scores a name against the query words; 0 unless every query word matches a distinct word of the name. */
function scoreName(queryWords: readonly string[], name: string): number {
  const nameWords = significantWords(name)
  const used = new Set<number>()
  let total = 0
  for (const [qi, q] of queryWords.entries()) {
    let best = 0
    let bestIndex = -1
    for (const [ni, n] of nameWords.entries()) {
      if (used.has(ni)) continue
      const s = scoreWord(q, n, qi === queryWords.length - 1)
      if (s > best) {
        best = s
        bestIndex = ni
      }
    }
    if (best === 0) return 0
    used.add(bestIndex)
    total += best
  }
  // Prefer names with nothing left over ("Dorset" before "Dorset (county council, to 2019)") and that start alike.
  const unmatched = nameWords.length - used.size
  const startsAlike = used.has(0) ? 0.5 : 0
  return total * 10 - unmatched + startsAlike
}

const CODE_PATTERN = /^e\d{8}$/i
/** How far a district match trails an authority's own name that matches as well. */
const DISTRICT_PENALTY = 2

/**
 * The longest query looked at (the longest authority name is under 40 characters). Matching compares every query word
 * with every name word, so a pasted 100 KB word would otherwise block the page for seconds.
 */
export const MAX_QUERY_LENGTH = 100

/**
 * Finds authorities by name, other names (aliases), districts inside them, GSS code, former code or DfE LA number, tolerating typos and
 * "Council"/"City of"/"Borough" variations. Current authorities rank above former ones with the same score.
 */
export function searchAreas(query: string, areas: readonly Area[], limit = 10): AreaMatch[] {
  const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim()
  if (trimmed === '') return []
  const matches: AreaMatch[] = []

  if (CODE_PATTERN.test(trimmed) || /^\d{3}$/.test(trimmed)) {
    const code = trimmed.toUpperCase()
    for (const area of areas) {
      if (area.code === code) matches.push({ area, score: 1000, kind: 'code', matched: area.code })
      else if (area.formerCodes?.includes(code)) matches.push({ area, score: 900, kind: 'former code', matched: code })
      else if (area.laterCodes?.includes(code)) matches.push({ area, score: 950, kind: 'new code', matched: code })
      else if (String(area.laNumber) === trimmed)
        matches.push({ area, score: 1000, kind: 'LA number', matched: trimmed })
    }
    if (matches.length > 0) return rank(matches, limit)
  }

  const queryWords = significantWords(trimmed)
  // A query of only noise words ("city of") should still find something sensible: compare all words.
  const fallbackWords = tokenise(trimmed)
  for (const area of areas) {
    let best: AreaMatch | null = null
    for (const [i, name] of [area.name, ...area.aliases].entries()) {
      const s = Math.max(scoreName(queryWords, name), scoreName(fallbackWords, name) - 5)
      if (s > 0 && (!best || s > best.score))
        best = { area, score: s, kind: i === 0 ? 'name' : 'other name', matched: name }
    }
    // A district inside the authority ("Tunbridge Wells" in Kent) ranks below any authority's own name alike.
    for (const district of area.districts ?? []) {
      const s = Math.max(scoreName(queryWords, district), scoreName(fallbackWords, district) - 5) - DISTRICT_PENALTY
      if (s > 0 && (!best || s > best.score)) best = { area, score: s, kind: 'district', matched: district }
    }
    if (best) matches.push(best)
  }
  return rank(matches, limit)
}

function rank(matches: AreaMatch[], limit: number): AreaMatch[] {
  const current = (m: AreaMatch) => (m.area.status === 'current' ? 1 : 0)
  return matches
    .sort((a, b) => b.score - a.score || current(b) - current(a) || a.area.name.localeCompare(b.area.name))
    .slice(0, limit)
}
