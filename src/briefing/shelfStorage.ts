import { briefingShelfSchema, emptyShelf, type BriefingShelf } from './model'

const KEY = 'csc-explorer:briefings'

/** What local storage held: the shelf, or a fresh one with a message if what was there could not be read. */
export function loadShelf(storage: Pick<Storage, 'getItem'> | null): { shelf: BriefingShelf; problem: string | null } {
  const raw = storage?.getItem(KEY) ?? null
  if (raw === null) return { shelf: emptyShelf(), problem: null }
  try {
    const parsed = briefingShelfSchema.safeParse(JSON.parse(raw))
    if (parsed.success) return { shelf: parsed.data, problem: null }
  } catch {
    // Falls through to the message below.
  }
  return {
    shelf: emptyShelf(),
    problem: 'The briefings saved in this browser could not be read, so a new one has been started.',
  }
}

/** Saves the shelf; false when the browser refuses (storage full or disabled). */
export function saveShelf(storage: Pick<Storage, 'setItem'> | null, shelf: BriefingShelf): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(shelf))
    return storage !== null
  } catch {
    return false
  }
}

export const SHELF_STORAGE_KEY = KEY
