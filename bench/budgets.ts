/** Byte budgets from the quality issue; enforced by tests/integration/budgets.test.ts and reported by npm run bench. */
export const BUDGETS = {
  initialJsGzip: 200 * 1024,
  initialDataGzip: 300 * 1024,
  utlaTopologyGzip: 400 * 1024,
  /** The home page's pre-projected England map (geo/utla.svg.json, about 30 KB). */
  utlaSvgMapGzip: 48 * 1024,
  /** The England map's hex cartogram, one tile per authority (geo/hex-cartogram.json, about 3 KB). */
  hexCartogramGzip: 8 * 1024,
  /** /gradient's own data: the largest authority's LSOA populations (Kent, about 11 KB) and the LSOA index (12 KB). */
  lsoaPopulationFileGzip: 24 * 1024,
  lsoaIndexGzip: 24 * 1024,
  /** /neighbourhoods analysis: one variable's values for England's 33,755 LSOAs, and the index of LSOAs by authority. */
  neighbourhoodValuesFileGzip: 144 * 1024,
  neighbourhoodIndexGzip: 128 * 1024,
} as const

/**
 * The data files a first visit to the home page fetches (the England map's default view, drawn from the pre-projected
 * SVG map rather than the topology /map's Leaflet map reads). The browser benchmark
 * records the requests actually made, so a drift between this list and the app shows there.
 */
export const INITIAL_DATA_FILES = [
  'manifest.json',
  'areas.json',
  'indicators.json',
  'geo/utla.svg.json',
  'series/cla_rate.json',
] as const
