import { useState, type KeyboardEvent } from 'react'

/** Which arrow keys step: both axes (bars, dots, columns) or only left and right (years along a time axis). */
export type ArrowKeys = 'both' | 'horizontal'

/**
 * Which mark of a chart the reader is looking at, from the pointer or the keyboard: arrow keys step, Home and End jump,
 * Escape clears. Shared by every chart so they all answer the same keys. `clear` suits onPointerLeave and onBlur.
 */
export function useActiveIndex(count: number, arrows: ArrowKeys = 'both') {
  const [active, setActive] = useState<number | null>(null)
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = count - 1
    if (last < 0) return
    const forward = Math.min(last, (active ?? -1) + 1)
    const back = Math.max(0, (active ?? last + 1) - 1)
    const moves: Record<string, number> = { ArrowRight: forward, ArrowLeft: back, Home: 0, End: last }
    if (arrows === 'both') Object.assign(moves, { ArrowDown: forward, ArrowUp: back })
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      setActive(next)
    } else if (event.key === 'Escape') setActive(null)
  }
  const clear = () => setActive(null)
  return { active: active !== null && active < count ? active : null, setActive, onKeyDown, clear }
}
