import { emptyBriefing, newId, type Briefing, type BriefingItem, type BriefingShelf } from './model'

/** Everything the /briefing page and the "Add to briefing" buttons can do to the shelf. */
export type ShelfAction =
  | { type: 'add'; item: Omit<BriefingItem, 'id'>; id?: string }
  | { type: 'remove'; itemId: string }
  | { type: 'move'; itemId: string; to: number }
  | { type: 'edit'; itemId: string; changes: Partial<Pick<BriefingItem, 'title' | 'sentence' | 'note'>> }
  | { type: 'create'; name: string; id?: string; items?: Briefing['items'] }
  | { type: 'open'; briefingId: string }
  | { type: 'rename'; name: string }
  | { type: 'delete'; briefingId: string }

const withOpen = (shelf: BriefingShelf, change: (b: Briefing) => Briefing): BriefingShelf => ({
  ...shelf,
  briefings: shelf.briefings.map((b) => (b.id === shelf.open ? change(b) : b)),
})

/**
 * Opening a shared briefing: open the saved copy if this browser already has the very same briefing, else keep it as
 * a new one, so following one link twice never makes two copies.
 */
export function openSharedBriefing(shelf: BriefingShelf, shared: Briefing): ShelfAction {
  const same = shelf.briefings.find((b) => JSON.stringify(b) === JSON.stringify(shared))
  return same ? { type: 'open', briefingId: same.id } : { type: 'create', name: shared.name, items: shared.items }
}

/** The open briefing (the first if the open id is stale). */
export function openBriefing(shelf: BriefingShelf): Briefing {
  return shelf.briefings.find((b) => b.id === shelf.open) ?? (shelf.briefings[0] as Briefing)
}

/** Applies one action to the shelf. Pure: the shelf is never changed in place. */
export function applyShelfAction(shelf: BriefingShelf, action: ShelfAction): BriefingShelf {
  switch (action.type) {
    case 'add':
      return withOpen(shelf, (b) => ({ ...b, items: [...b.items, { ...action.item, id: action.id ?? newId() }] }))
    case 'remove':
      return withOpen(shelf, (b) => ({ ...b, items: b.items.filter((i) => i.id !== action.itemId) }))
    case 'move':
      return withOpen(shelf, (b) => {
        const from = b.items.findIndex((i) => i.id === action.itemId)
        if (from < 0) return b
        const to = Math.max(0, Math.min(b.items.length - 1, action.to))
        const items = [...b.items]
        const [moved] = items.splice(from, 1)
        if (moved) items.splice(to, 0, moved)
        return { ...b, items }
      })
    case 'edit':
      return withOpen(shelf, (b) => ({
        ...b,
        items: b.items.map((i) => (i.id === action.itemId ? { ...i, ...action.changes } : i)),
      }))
    case 'create': {
      const created = { ...emptyBriefing(action.name, action.id), items: action.items ?? [] }
      return { ...shelf, open: created.id, briefings: [...shelf.briefings, created] }
    }
    case 'open':
      return shelf.briefings.some((b) => b.id === action.briefingId) ? { ...shelf, open: action.briefingId } : shelf
    case 'rename':
      return withOpen(shelf, (b) => ({ ...b, name: action.name.trim() || b.name }))
    case 'delete': {
      const rest = shelf.briefings.filter((b) => b.id !== action.briefingId)
      if (rest.length === 0) {
        const fresh = emptyBriefing()
        return { ...shelf, open: fresh.id, briefings: [fresh] }
      }
      return {
        ...shelf,
        briefings: rest,
        open: shelf.open === action.briefingId ? (rest[0] as Briefing).id : shelf.open,
      }
    }
  }
}
