/**
 * A labelled vertical rule half a year before `year`, where figures change basis or an authority was reorganised.
 * The label sits left of the rule (`side: 'before'`) or right of it, flipping left near the right edge (`'after'`).
 */
export function YearDivider({
  at,
  top,
  bottom,
  width,
  label,
  colour,
  dash,
  side,
}: {
  /** The rule's x in viewBox units. */
  at: number
  top: number
  bottom: number
  /** The chart's width, to keep an 'after' label inside it. */
  width: number
  label: string
  colour: string
  dash: string
  side: 'before' | 'after'
}) {
  const before = side === 'before' || at > width * 0.75
  return (
    <g>
      <line x1={at} x2={at} y1={top} y2={bottom} stroke={colour} strokeDasharray={dash} />
      <text x={at + (before ? -4 : 4)} y={top + 10} fontSize="12" fill={colour} textAnchor={before ? 'end' : 'start'}>
        {label}
      </text>
    </g>
  )
}
