/** Letters, digits, spaces and the punctuation authority names use: where plain comparison matches the collation. */
const PLAIN = /^[A-Za-z0-9 ,.'()&-]*$/

/**
 * Orders place names alphabetically as British English does (`localeCompare(…, 'en-GB')`), without asking the browser
 * to collate plain names: its first collation loads the collation data, tens of milliseconds that the home page would
 * otherwise spend before its first paint. Plain names compare lower-cased, letter by letter, which gives the same
 * order (tests/integration/areas.test.ts checks every authority's name); anything else, such as an accented letter,
 * is left to the collation.
 */
export function compareNames(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b, 'en-GB')
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x !== y) return x < y ? -1 : 1
  // Names differing only in case: lower case first, as the collation orders them.
  return a === b ? 0 : a > b ? -1 : 1
}
