/** Near-black text (GOV.UK's) and white: whichever is more legible on a tile's fill. */
export const DARK_LABEL = '#0b0c0c'
export const LIGHT_LABEL = '#ffffff'

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * The label colour with the higher contrast on a fill: white on the dark classes, near-black on the light ones. A fill
 * that is not a plain colour (the suppressed hatch, light grey and white) takes near-black.
 */
export function labelColourOn(fill: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(fill)) return DARK_LABEL
  const l = relativeLuminance(fill)
  const onDark = 1.05 / (l + 0.05)
  const onLight = (l + 0.05) / (relativeLuminance(DARK_LABEL) + 0.05)
  return onDark > onLight ? LIGHT_LABEL : DARK_LABEL
}
