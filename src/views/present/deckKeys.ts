/** What a key does in present mode, from the key alone (pure, so the whole keymap is tested in one place). */
export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'jump' }
  | { type: 'fullscreen' }
  | { type: 'contrast' }
  | { type: 'play' }
  | { type: 'leave' }

/**
 * Keyboards and presentation clickers: → Space PageDown next, ← PageUp previous, Home and End, a number then Enter
 * jumps, f full screen, c high contrast, p plays a chart through its years, Esc leaves. Clickers send PageUp/PageDown (some → and ←).
 */
export function deckActionOf(key: string): DeckAction | null {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return { type: 'next' }
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' }
    case 'Home':
      return { type: 'first' }
    case 'End':
      return { type: 'last' }
    case 'Enter':
      return { type: 'jump' }
    case 'f':
    case 'F':
      return { type: 'fullscreen' }
    case 'c':
    case 'C':
      return { type: 'contrast' }
    case 'p':
    case 'P':
      return { type: 'play' }
    case 'Escape':
      return { type: 'leave' }
    default:
      return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : null
  }
}

/** The slide number in the address (`#3`), kept within the deck; the first slide when it names none or nonsense. */
export function slideFromHash(hash: string, count: number): number {
  const n = Number(/^#(\d{1,4})$/.exec(hash)?.[1] ?? 1)
  return Math.min(Math.max(1, n), Math.max(1, count))
}

/** The slide a typed number jumps to, or null when it names none of the deck's slides. */
export function jumpTarget(typed: string, count: number): number | null {
  const n = Number(typed)
  return typed !== '' && Number.isInteger(n) && n >= 1 && n <= count ? n : null
}

/** The first sentence of an item's text: a chart slide shows the headline, the rest is in the speaker's notes. */
export function headlineOf(text: string): string {
  const match = /^(.+?[.!?])(\s+[A-Z(]|$)/s.exec(text.trim())
  return match?.[1] ?? text.trim()
}
