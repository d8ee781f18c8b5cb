// Words that vary between DfE, ONS and everyday spellings of the same authority ("Council", "City of",
// "County of", "London Borough of", "Metropolitan Borough Council", "Royal Borough of"), dropped before comparing.
const NOISE_WORDS = new Set([
  'council',
  'city',
  'county',
  'borough',
  'metropolitan',
  'district',
  'royal',
  'london',
  'the',
  'of',
  'upon',
  'on',
  'and',
  'cc',
  'mbc',
  'lbc',
])

/** Lower-case words with accents, punctuation and "&" normalised ("Stockton-on-Tees" → stockton, on, tees). */
export function tokenise(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
}

/** The words that identify an authority, without the noise words; falls back to all words if nothing is left. */
export function significantWords(text: string): string[] {
  const words = tokenise(text)
  const kept = words.filter((w) => !NOISE_WORDS.has(w))
  return kept.length > 0 ? kept : words
}
