import { useState, type KeyboardEvent } from 'react'

/**
 * Which mark of a chart the reader is looking at, from the pointer or the keyboard: arrow keys step (both axes, so it
 * works for bars, dots and columns), Home and End jump, Escape clears. Shared by the benchmarking charts.
 */
export function useActiveIndex(count: number) {
  const [active, setActive] = useState<number | null>(null)
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = count - 1
    if (last < 0) return
    const forward = Math.min(last, (active ?? -1) + 1)
    const back = Math.max(0, (active ?? last + 1) - 1)
    const moves: Record<string, number> = {
      ArrowRight: forward,
      ArrowDown: forward,
      ArrowLeft: back,
      ArrowUp: back,
      Home: 0,
      End: last,
    }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      setActive(next)
    } else if (event.key === 'Escape') setActive(null)
  }
  return { active: active !== null && active < count ? active : null, setActive, onKeyDown }
}
