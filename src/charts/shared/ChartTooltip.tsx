import type { CSSProperties, ReactNode } from 'react'

/** The visual tooltip; hidden from screen readers, which hear the LiveReadout instead. */
export function ChartTooltip({ style, children }: { style: CSSProperties; children: ReactNode }) {
  return (
    <div className="chart__tooltip" aria-hidden="true" style={style}>
      {children}
    </div>
  )
}

/**
 * Places a tooltip beside an x position (viewBox units): to its right, or to its left once past the middle so it stays
 * inside the chart. With `y` it sits below-beside that point; without, at the top of the plot.
 */
export function besideStyle(
  x: number,
  width: number,
  {
    gap = 8,
    flipGap = gap,
    flip = x > width / 2,
    y,
    height = 1,
  }: { gap?: number; flipGap?: number; flip?: boolean; y?: number; height?: number } = {},
): CSSProperties {
  const left = `${(x / width) * 100}%`
  if (y === undefined)
    return { left, top: 0, transform: flip ? `translateX(calc(-100% - ${flipGap}px))` : `translateX(${gap}px)` }
  return {
    left,
    top: `${(y / height) * 100}%`,
    transform: flip ? `translate(calc(-100% - ${flipGap}px), ${gap}px)` : `translate(${gap}px, ${gap}px)`,
  }
}
