/** Where a pointer event falls in the chart's viewBox units (the SVG scales with its container). */
export function pointerInViewBox(
  event: { clientX: number; clientY: number; currentTarget: Element },
  width: number,
  height: number,
): { x: number; y: number } {
  const box = event.currentTarget.getBoundingClientRect()
  return { x: ((event.clientX - box.left) / box.width) * width, y: ((event.clientY - box.top) / box.height) * height }
}

/** The index of the mark nearest a point, or null when none lies within `radius` (viewBox units). */
export function findNearestIndex(
  positions: readonly { x: number; y: number }[],
  at: { x: number; y: number },
  radius = 20,
): number | null {
  let best: number | null = null
  let bestDistance = radius ** 2
  positions.forEach((p, i) => {
    const distance = (p.x - at.x) ** 2 + (p.y - at.y) ** 2
    if (distance < bestDistance) {
      bestDistance = distance
      best = i
    }
  })
  return best
}
