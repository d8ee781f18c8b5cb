import { useLayoutEffect, useRef, useState } from 'react'

/** The narrowest layout a chart is drawn at; only a container narrower than any phone scales it below this. */
export const MIN_CHART_WIDTH = 260

/**
 * The width to lay a chart out at: its container's CSS width when that is narrower than the design width, so one
 * viewBox unit is one CSS pixel and 12-unit text stays 12 px on a phone (a fixed viewBox scaled to 375 px shrank it
 * to 5-7 px); the design width otherwise, which the SVG scales up to fill a wide container.
 */
export function chartWidthFor(containerWidth: number | null, designWidth: number): number {
  if (containerWidth === null || containerWidth <= 0) return designWidth
  return Math.round(Math.max(MIN_CHART_WIDTH, Math.min(designWidth, containerWidth)))
}

/** Measures the chart's frame (and follows it as it resizes) and gives the width to lay the chart out at. */
export function useChartWidth(designWidth: number) {
  const ref = useRef<HTMLDivElement>(null)
  const [container, setContainer] = useState<number | null>(null)
  useLayoutEffect(() => {
    const frame = ref.current
    if (!frame) return
    setContainer(frame.clientWidth)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((entries) => setContainer(entries[0]?.contentRect.width ?? null))
    observer.observe(frame)
    return () => observer.disconnect()
  }, [])
  return { frameRef: ref, width: chartWidthFor(container, designWidth) }
}
