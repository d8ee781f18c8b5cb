/**
 * Categorical colours for areas: Okabe-Ito hues (distinguishable with the common colour-vision deficiencies),
 * darkened where needed so every line reaches 3:1 against white (WCAG 1.4.11 non-text contrast).
 * England and group averages are drawn in greys with dash patterns, so they never compete with an area's colour.
 */
export const AREA_COLOURS = ['#0072B2', '#C04F00', '#00795A', '#A8447F', '#8F6A00', '#5B4BA0'] as const
export const ENGLAND_COLOUR = '#0b0c0c'
export const GROUP_COLOUR = '#505a5f'
export const GAP_COLOUR = '#505a5f'

/** Colour for the i-th area line (wraps; MAX_COMPARE keeps it from wrapping in practice). */
export function areaColour(index: number): string {
  return AREA_COLOURS[index % AREA_COLOURS.length] ?? AREA_COLOURS[0]
}
