import type { Indicator } from '../schema/indicators'
import { allowedTypos, editDistance } from './editDistance'
import { tokenise } from './normaliseName'

/** Words too common in indicator names to narrow a search ("rate of children in care" still needs "rate" and "care"). */
const STOP_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'to', 'in', 'for', 'by', 'with', 'on', 'at'])

/** How well a query word matches a word of the name: exact 3, prefix 2 (the word being typed), typo-tolerant 1, else 0. */
function scoreWord(queryWord: string, word: string, isLastQueryWord: boolean): number {
  if (queryWord === word) return 3
  if (word.startsWith(queryWord) && (isLastQueryWord || queryWord.length >= 4)) return 2
  const typos = allowedTypos(queryWord.length)
  if (typos === 0) return 0
  if (editDistance(queryWord, word) <= typos) return 1
  // A typo in a word still being typed ("turnov" for turnover, "socail" for social worker).
  if (word.length > queryWord.length && editDistance(queryWord, word.slice(0, queryWord.length)) <= typos) return 0.5
  return 0
}

// Each indicator's words, worked out once per catalogue object: the picker searches on every keystroke.
const wordsCache = new WeakMap<Indicator, string[]>()

/** The words an indicator is found by: its labels, chart title, axis name and LAIT code. */
function wordsOf(indicator: Indicator): string[] {
  const cached = wordsCache.get(indicator)
  if (cached) return cached
  const text = [indicator.label, indicator.shortLabel, indicator.chartTitle, indicator.axisLabel, indicator.laitMeasure]
  const words = [...new Set(tokenise(text.filter(Boolean).join(' ')))]
  wordsCache.set(indicator, words)
  return words
}

/**
 * Indicators matching a typed query, best first: every query word (but common ones such as "of") must match a word of
 * the indicator's labels, exactly, as the start of a word, or within a typo or two (see allowedTypos); equal scores
 * keep the catalogue's order. An empty query matches nothing (the picker then lists everything by topic).
 */
export function searchIndicators(query: string, indicators: readonly Indicator[]): Indicator[] {
  const all = tokenise(query)
  const words = all.filter((w) => !STOP_WORDS.has(w))
  const queryWords = words.length > 0 ? words : all
  if (queryWords.length === 0) return []
  const scored = indicators.flatMap((indicator, order) => {
    const candidates = wordsOf(indicator)
    let total = 0
    for (const [qi, q] of queryWords.entries()) {
      const best = Math.max(0, ...candidates.map((w) => scoreWord(q, w, qi === queryWords.length - 1)))
      if (best === 0) return []
      total += best
    }
    return [{ indicator, total, order }]
  })
  return scored.sort((a, b) => b.total - a.total || a.order - b.order).map((s) => s.indicator)
}
