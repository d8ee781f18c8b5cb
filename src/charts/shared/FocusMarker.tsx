/** A ring round a dot ({cx, cy}) or a box round a bar ({x, y, width, height}). */
export type FocusMarkerProps =
  { cx: number; cy: number; r?: number } | { x: number; y: number; width: number; height: number }

/** Outlines the mark being read; drawn on screen only (left out of the downloads). */
export function FocusMarker(props: FocusMarkerProps) {
  const look = { 'data-export': 'omit', 'aria-hidden': true, fill: 'none', stroke: '#0b0c0c', strokeWidth: 2 } as const
  return 'cx' in props ? (
    <circle cx={props.cx} cy={props.cy} r={props.r ?? 10} {...look} />
  ) : (
    <rect x={props.x} y={props.y} width={props.width} height={props.height} {...look} />
  )
}
