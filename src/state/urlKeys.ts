import { findAreaByCode, type Area } from '../schema/areas'
import type { Indicator } from '../schema/indicators'

/** What parsing needs to know to validate URL values (all from public/data). */
export interface DashboardCatalogue {
  areas: readonly Area[]
  indicators: readonly Indicator[]
  /** manifest.coverage: first and last year per indicator id. */
  coverage: Readonly<Record<string, { first: number; last: number }>>
}

/** What a key's parser is given besides its raw value. */
export interface ParseContext<State> {
  catalogue: DashboardCatalogue
  /** Most authorities the `compare` list may hold on this page. */
  maxCompare: number
  /** The keys declared before this one, already parsed (a year is checked against the indicator's coverage). */
  before: Partial<State>
  /** Reports a value that could not be used as given (shown to the user: a broken link never fails silently). */
  notice: (message: string, value?: string) => void
}

/** One URL key: its default, how a raw value is read (never throwing) and how a value is written. */
export interface UrlKey<T, State> {
  /** The value when the URL leaves the key out (and, for a key with `defaultIn`, while the catalogue loads). */
  default: T
  /** The default once the catalogue is known, for a key whose default the domain decides (the indicator shown). */
  defaultIn?: (catalogue: DashboardCatalogue) => T
  /** Reads a non-empty raw value; anything unusable gives the default (or the usable part) and a notice. */
  parse: (raw: string, context: ParseContext<State>) => T
  /** The value as the URL writes it, or null to leave the key out (it equals `defaultValue`, the key's default). */
  write: (value: T, defaultValue: T) => string | null
}

export const LIST_SEPARATOR = '~'

/** A key taking one of a few fixed words; anything else keeps the default with a notice naming `what`. */
export function choiceKey<T extends string, State>(choices: readonly T[], fallback: T, what: string): UrlKey<T, State> {
  return {
    default: fallback,
    parse: (raw, { notice }) => {
      const known = choices.find((c) => c === raw)
      if (known) return known
      notice(`There is no ${what} "${raw}"; using ${fallback}.`)
      return fallback
    },
    write: (value) => (value === fallback ? null : value),
  }
}

/** Finds the series code for a code typed in a URL: current code, former or later code (same area) or any case. */
export function resolveAreaCode(raw: string, areas: readonly Area[]): { code: string; via?: Area } | null {
  const wanted = raw.trim().toUpperCase()
  const direct = areas.find((a) => a.code === wanted)
  if (direct) return { code: direct.code }
  const recoded = findAreaByCode(areas, wanted)
  return recoded ? { code: recoded.code, via: recoded } : null
}

/** The items of a list value, empty items dropped. */
export function splitList(raw: string): string[] {
  return raw.split(LIST_SEPARATOR).filter((item) => item !== '')
}

/**
 * A list of indicator ids: unknown and repeated ids are dropped (unknown ones with a notice), and at most `max` kept.
 * `accept` narrows which catalogue entries the key takes.
 */
export function readIndicatorList<State>(
  raw: string,
  { catalogue, notice }: ParseContext<State>,
  max: number,
  accept: (indicator: Indicator) => boolean = () => true,
): string[] {
  const ids: string[] = []
  for (const item of splitList(raw)) {
    if (ids.includes(item)) continue
    const indicator = catalogue.indicators.find((i) => i.id === item)
    if (!indicator || !accept(indicator)) notice(`There is no indicator "${item}" here; left out.`, item)
    else if (ids.length >= max) notice(`At most ${max} indicators can be listed at once; ${item} was left out.`, item)
    else ids.push(item)
  }
  return ids
}

/** A range end: a four-digit year, or null (the indicators' first or last year) with a notice for anything else. */
export function yearOrNull<State>(end: 'from' | 'to'): UrlKey<number | null, State> {
  return {
    default: null,
    parse: (raw, { notice }) => {
      if (/^\d{4}$/.test(raw)) return Number(raw)
      notice(`"${raw}" is not a year; the range ${end === 'from' ? 'starts at the first' : 'ends at the last'} year.`)
      return null
    },
    write: (value) => (value === null ? null : String(value)),
  }
}
