import { z } from '../schema/zod'

/**
 * A briefing item keeps what re-draws it from the data, never a picture: the view's full state (its path and query)
 * and which chart, map or figure on that view it is (its title). Slides, documents, the /briefing page and a later
 * present mode all render the same items.
 */
export const ITEM_KINDS = ['chart', 'map', 'figure', 'heading', 'note'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export const briefingItemSchema = z
  .object({
    id: z.string().min(1).max(40),
    kind: z.enum(ITEM_KINDS),
    /** Heading text, a note's text, or the chart's, map's or figure's title. */
    title: z.string().max(400),
    /** Path and query of the view that shows it ("/area/E08000016?compare=E08000019"); none for headings and notes. */
    view: z.string().max(12000).optional(),
    /** The generated plain-English sentence, as the user last edited it. */
    sentence: z.string().max(2000),
    /** The user's own note (speaker notes on a slide). */
    note: z.string().max(4000),
    /** Source and licence lines, as the view shows them. */
    source: z.string().max(2000).optional(),
    licence: z.string().max(400).optional(),
    /** What the sentence is about, so it can be generated again from the data. */
    areaCode: z.string().max(12).optional(),
    indicatorId: z.string().max(60).optional(),
  })
  .strict()
export type BriefingItem = z.infer<typeof briefingItemSchema>

export const briefingSchema = z
  .object({
    id: z.string().min(1).max(40),
    name: z.string().min(1).max(120),
    items: z.array(briefingItemSchema).max(60),
  })
  .strict()
export type Briefing = z.infer<typeof briefingSchema>

/** Every briefing kept in this browser, and which one is open. */
export const briefingShelfSchema = z
  .object({
    version: z.literal(1),
    open: z.string(),
    briefings: z.array(briefingSchema).min(1).max(40),
  })
  .strict()
export type BriefingShelf = z.infer<typeof briefingShelfSchema>

/** A short random id (no need for uniqueness beyond one browser's briefings). */
export function newId(): string {
  return Math.random().toString(36).slice(2, 10)
}

export function emptyBriefing(name = 'My briefing', id = newId()): Briefing {
  return { id, name, items: [] }
}

export function emptyShelf(): BriefingShelf {
  const first = emptyBriefing()
  return { version: 1, open: first.id, briefings: [first] }
}
