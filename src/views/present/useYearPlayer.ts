import { useEffect, useState } from 'react'
import { PLAY_SPEEDS } from '../shared/englandMap/YearControl'

/**
 * Plays a slide's chart through its years: `step` is the year shown (null: the whole chart), advancing every `speed`
 * ms while playing and stopping on the last year, which is the whole chart. A new slide (`slideKey`) starts afresh.
 */
export function useYearPlayer(stepCount: number, slideKey: number) {
  const [state, setState] = useState<{ slideKey: number; step: number | null; playing: boolean }>({
    slideKey,
    step: null,
    playing: false,
  })
  const [speed, setSpeed] = useState<number>(PLAY_SPEEDS[1].ms)
  const current = state.slideKey === slideKey ? state : { slideKey, step: null, playing: false }

  useEffect(() => {
    if (!current.playing) return
    const timer = window.setTimeout(() => {
      setState((latest) => {
        const next = (latest.step ?? -1) + 1
        return next >= stepCount - 1
          ? { slideKey, step: null, playing: false }
          : { slideKey, step: next, playing: true }
      })
    }, speed)
    return () => window.clearTimeout(timer)
  }, [current.playing, current.step, speed, stepCount, slideKey])

  const toggle = () => {
    if (stepCount < 2) return
    // Play starts from the first year, or carries on from a pause.
    setState(current.playing ? { ...current, playing: false } : { slideKey, step: current.step ?? 0, playing: true })
  }
  return { step: current.step, playing: current.playing, toggle, speed, setSpeed }
}
