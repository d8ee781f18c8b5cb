/**
 * Colours for the maps. Viridis is perceptually uniform and stays ordered for the common colour-vision deficiencies
 * (deuteranopia, protanopia, tritanopia) and in greyscale, so the classes can be told apart without hue.
 * Hex values are d3.interpolateViridis sampled at equal steps (fixed here so the legend and tests are deterministic).
 */

/** Five classes, lowest value first: light (low) to dark (high). */
export const CHOROPLETH_PALETTE = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const

/** IMD deciles, decile 1 (most deprived 10% nationally) first: dark (most deprived) to light (least deprived). */
export const DECILE_PALETTE = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#b5de2b',
  '#fde725',
] as const

/** Mid grey, not on the viridis ramp, for an authority with no figure for the year. */
export const NO_DATA_FILL = '#bdbdbd'

/** id of the SVG hatch pattern (rendered once by <MapPatterns />) used for suppressed figures. */
export const SUPPRESSED_PATTERN_ID = 'csc-map-suppressed-hatch'
export const SUPPRESSED_FILL = `url(#${SUPPRESSED_PATTERN_ID})`

/** Boundary colour between polygons: dark enough for 3:1 contrast against the lighter classes. */
export const BOUNDARY_COLOUR = '#505a5f'

/** Attribution of the boundaries every map draws, on screen and in exported pictures. */
export const BOUNDARY_ATTRIBUTION =
  'Boundaries: Contains OS data © Crown copyright and database right 2016; Office for National Statistics, Open Government Licence.'
