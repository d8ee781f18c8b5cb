import { useEffect, useState } from 'react'
import { PLAY_SPEEDS } from '../shared/englandMap/YearControl'

/**
 * Plays a slide's chart or map through its years: `step` is the year shown (null: the picture as added), advancing
 * every `speed` ms while playing. A chart's last year is the whole chart (`lastIsWhole`), so playing ends on that; a
 * map's ends on its last year, shown with the year, and Play then starts again from the first. A new slide
 * (`slideKey`) starts afresh.
 */
export function useYearPlayer(stepCount: number, slideKey: number, lastIsWhole = true) {
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
        if (next < stepCount - 1) return { slideKey, step: next, playing: true }
        return { slideKey, step: lastIsWhole ? null : stepCount - 1, playing: false }
      })
    }, speed)
    return () => window.clearTimeout(timer)
  }, [current.playing, current.step, speed, stepCount, slideKey, lastIsWhole])

  const toggle = () => {
    if (stepCount < 2) return
    // Play starts from the first year (again, from a map's last), or carries on from a pause.
    const from = current.step === null || current.step >= stepCount - 1 ? 0 : current.step
    setState(current.playing ? { ...current, playing: false } : { slideKey, step: from, playing: true })
  }
  return { step: current.step, playing: current.playing, toggle, speed, setSpeed }
}
