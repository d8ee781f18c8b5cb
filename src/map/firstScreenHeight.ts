import { useLayoutEffect, useState } from 'react'

export interface FirstScreenFit {
  /** Below this there is too little of the first screen left: the map keeps its stylesheet height instead. */
  min: number
  /** Never taller than this, however tall the screen. */
  max: number
  /** Space left under the map on the first screen. */
  gap: number
}

export const MAP_FIT: FirstScreenFit = { min: 320, max: 1000, gap: 16 }

/**
 * The height that makes an element starting `top` px down the page end on the first screen of a `viewportHeight` px
 * window, or null when that would be smaller than `fit.min` (a phone, where the map starts below the first screen).
 */
export function firstScreenHeight(top: number, viewportHeight: number, fit: FirstScreenFit = MAP_FIT): number | null {
  const room = Math.floor(viewportHeight - top - fit.gap)
  return room >= fit.min ? Math.min(room, fit.max) : null
}

/**
 * Follows the window's size and gives the height for an element to end on the first screen (null: keep the
 * stylesheet's), with the callback ref to put on the element (it may mount only once data has loaded). Measured from
 * the top of the page, so it does not change as the page scrolls.
 */
export function useFirstScreenHeight(fit: FirstScreenFit = MAP_FIT): [(el: HTMLElement | null) => void, number | null] {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [height, setHeight] = useState<number | null>(null)
  useLayoutEffect(() => {
    if (!element) return
    const measure = () =>
      setHeight(firstScreenHeight(element.getBoundingClientRect().top + window.scrollY, window.innerHeight, fit))
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [element, fit])
  return [setElement, height]
}
