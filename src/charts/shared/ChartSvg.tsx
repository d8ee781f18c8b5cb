import type { CSSProperties, KeyboardEvent, PointerEvent, ReactNode, RefObject } from 'react'

/**
 * The focusable plot: scales with its container, named for screen readers (the label says which keys read it), and
 * clears the reading when the pointer leaves or focus moves away.
 */
export function ChartSvg({
  svgRef,
  width,
  height,
  label,
  describedBy,
  style,
  onKeyDown,
  onPointerMove,
  onLeave,
  children,
}: {
  svgRef?: RefObject<SVGSVGElement | null>
  /** viewBox size. */
  width: number
  height: number
  label: string
  /** Id of the live read-out, when the chart has one that describes it. */
  describedBy?: string
  style?: CSSProperties
  onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void
  onPointerMove?: (event: PointerEvent<SVGSVGElement>) => void
  onLeave: () => void
  children: ReactNode
}) {
  return (
    <svg
      ref={svgRef}
      className="chart__svg"
      style={style}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-describedby={describedBy}
      onPointerMove={onPointerMove}
      onPointerLeave={onLeave}
      onKeyDown={onKeyDown}
      onBlur={onLeave}
    >
      {children}
    </svg>
  )
}
