import { useSyncExternalStore } from 'react'
import type { BriefingShelf } from './model'
import { applyShelfAction, type ShelfAction } from './shelfActions'
import { loadShelf, saveShelf, SHELF_STORAGE_KEY } from './shelfStorage'

/** How many steps "Undo" can take back. */
const UNDO_DEPTH = 30

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

let state: { shelf: BriefingShelf; problem: string | null; history: BriefingShelf[] } | null = null
const listeners = new Set<() => void>()

function current() {
  if (!state) state = { ...loadShelf(storage()), history: [] }
  return state
}

function publish(next: typeof state) {
  state = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Another tab changed the briefings: read them again (undo history stays with the tab that made it).
  const onStorage = (event: StorageEvent) => {
    if (event.key === SHELF_STORAGE_KEY) publish({ ...loadShelf(storage()), history: current().history })
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** Applies an action, saves the shelf and remembers the previous one for undo. */
export function dispatchShelf(action: ShelfAction): void {
  const { shelf, history } = current()
  const next = applyShelfAction(shelf, action)
  const saved = saveShelf(storage(), next)
  publish({
    shelf: next,
    problem: saved ? null : 'This browser would not save the briefing (storage is full or turned off).',
    history: [...history, shelf].slice(-UNDO_DEPTH),
  })
}

export function undoShelf(): void {
  const { history } = current()
  const previous = history[history.length - 1]
  if (!previous) return
  saveShelf(storage(), previous)
  publish({ shelf: previous, problem: null, history: history.slice(0, -1) })
}

/** The briefings kept in this browser, whether undo is possible, and any storage problem. */
export function useBriefingShelf() {
  const snapshot = useSyncExternalStore(subscribe, current, current)
  return { shelf: snapshot.shelf, problem: snapshot.problem, canUndo: snapshot.history.length > 0 }
}
