import { slugify } from '../charts/shared/buildCsv'
import type { Briefing, BriefingItem } from './model'

/** A chart or map drawn for a document: a PNG (drawn at 2×) with its size in CSS pixels and its alt text. */
export interface DocumentPicture {
  png: Uint8Array
  width: number
  height: number
  description: string
}

/** What a PowerPoint or Word file is made from: the briefing's items in order, each chart and map with its picture. */
export interface BriefingDocument {
  name: string
  /** "30 November 2026": when it was made, said on the title slide or page. */
  madeOn: string
  /** Where the briefing can be opened again (its share link). */
  link: string
  items: readonly { item: BriefingItem; picture: DocumentPicture | null }[]
}

/** One publication the briefing draws on, with the items that use it. */
export interface BriefingSource {
  source: string
  licence: string
  items: string[]
}

/** The licence said for an item whose view gave none (every published figure here is under it). */
export const DEFAULT_LICENCE = 'Contains public sector information licensed under the Open Government Licence v3.0.'

/** The sources the briefing's items cite, each once, in the order they are first cited. Pure. */
export function briefingSources(items: readonly BriefingItem[]): BriefingSource[] {
  const bySource = new Map<string, BriefingSource>()
  for (const item of items) {
    if (!item.source) continue
    const key = item.source.trim()
    const entry = bySource.get(key) ?? { source: key, licence: item.licence ?? DEFAULT_LICENCE, items: [] }
    entry.items.push(item.title)
    bySource.set(key, entry)
  }
  return [...bySource.values()]
}

/** The text shown for an item's caption or slide footer: its source and licence. */
export const sourceAndLicence = (item: BriefingItem) =>
  item.source ? `${item.source} ${item.licence ?? DEFAULT_LICENCE}` : ''

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/**
 * "30 November 2026", the date in the reader's time zone. Spelt out here rather than with toLocaleDateString, whose
 * first call loads the browser's date-formatting data: every page prints this stamp, so it would delay every first
 * paint.
 */
export const formatMadeOn = (date: Date) => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`

/** A file name for the briefing: its name in lower case with hyphens, and the extension. */
export const briefingFileName = (briefing: Pick<Briefing, 'name'>, extension: 'pptx' | 'docx') =>
  `${slugify(briefing.name)}.${extension}`
