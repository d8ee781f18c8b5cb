import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/** The narrowest layout a chart is drawn at; only a container narrower than any phone scales it below this. */
export const MIN_CHART_WIDTH = 260

/**
 * The width a chart in a `.print-two-up` group is drawn at on paper: half of A4's printable width (about 680 CSS px
 * between 14 mm margins) less the gap, as the print styles set the group's columns. Drawn at this width its 12-unit
 * text prints at 12 px (9 pt); a chart drawn for the screen and shrunk into the column printed at about 5 pt.
 */
export const PRINT_CHART_WIDTH = 330

/**
 * The width to lay a chart out at: its container's CSS width when that is narrower than the design width, so one
 * viewBox unit is one CSS pixel and 12-unit text stays 12 px on a phone (a fixed viewBox scaled to 375 px shrank it
 * to 5-7 px); the design width otherwise, which the SVG scales up to fill a wide container.
 */
export function chartWidthFor(containerWidth: number | null, designWidth: number): number {
  if (containerWidth === null || containerWidth <= 0) return designWidth
  return Math.round(Math.max(MIN_CHART_WIDTH, Math.min(designWidth, containerWidth)))
}

/**
 * Measures the chart's frame (and follows it as it resizes) and gives the width to lay the chart out at. A chart in a
 * `.print-two-up` group is also drawn at PRINT_CHART_WIDTH while the browser prints: the page is laid out for paper
 * only after 'beforeprint', too late for a resize to reach the chart, so the width is set synchronously then.
 */
export function useChartWidth(designWidth: number) {
  const ref = useRef<HTMLDivElement>(null)
  const [container, setContainer] = useState<number | null>(null)
  const [printing, setPrinting] = useState(false)
  useLayoutEffect(() => {
    const frame = ref.current
    if (!frame) return
    setContainer(frame.clientWidth)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => setContainer(entries[0]?.contentRect.width ?? null))
    observer.observe(frame)
    return () => observer.disconnect()
  }, [])
  useEffect(() => {
    const before = () => {
      if (ref.current?.closest('.print-two-up')) flushSync(() => setPrinting(true))
    }
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return { frameRef: ref, width: printing ? PRINT_CHART_WIDTH : chartWidthFor(container, designWidth) }
}
