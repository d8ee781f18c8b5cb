import type { PlotArea } from './ChartAxes'

/** Where a point's name is drawn: its anchor point and which end of the text sits there. */
export interface PointLabelPlacement {
  x: number
  y: number
  anchor: 'start' | 'end'
}

/** From the point's centre to the label, across and up (or down). */
const OFFSET = 9

/**
 * Places a point's name above and to the right of it, flipping to the left where it would run past the plot's right
 * edge and below where it would run past the top, so an authority at the extreme (the highest rate, the most
 * deprived) keeps its name inside the plot. `textWidth` and `fontSize` are the label's size in drawing units.
 */
export function placePointLabel(
  point: { x: number; y: number },
  textWidth: number,
  fontSize: number,
  area: PlotArea,
): PointLabelPlacement {
  const fitsRight = point.x + OFFSET + textWidth <= area.right
  const fitsLeft = point.x - OFFSET - textWidth >= area.left
  // Right by default; left when only that fits; otherwise the side with more room, kept inside the plot.
  const anchor = fitsRight || (!fitsLeft && area.right - point.x >= point.x - area.left) ? 'start' : 'end'
  const x =
    anchor === 'start'
      ? Math.min(point.x + OFFSET, area.right - textWidth)
      : Math.max(point.x - OFFSET, area.left + textWidth)
  // The baseline sits OFFSET above the point; below it, the text's top sits OFFSET under the point.
  const above = point.y - OFFSET
  const y = above - fontSize >= area.top ? above : point.y + OFFSET + fontSize
  return { x, y, anchor }
}
