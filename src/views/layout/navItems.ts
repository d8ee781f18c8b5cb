/** What a header link carries over from the page it is followed from, where the target page shows it. */
export type CarriedKey = 'area' | 'indicator' | 'year'

/**
 * Links in the header navigation, in display order. Add an entry when a new top-level view lands, naming the query
 * keys it reads (src/state/dashboardState.ts) so moving between pages keeps the authority, indicator and year.
 */
export const NAV_ITEMS: readonly { path: string; label: string; carries: readonly CarriedKey[] }[] = [
  { path: '/', label: 'Find an authority', carries: [] },
  { path: '/compare', label: 'Compare', carries: ['area', 'indicator', 'year'] },
  { path: '/clusters', label: 'Clusters', carries: ['area'] },
  { path: '/map', label: 'Map', carries: ['indicator', 'year'] },
  { path: '/deprivation', label: 'Deprivation', carries: ['area', 'indicator', 'year'] },
  { path: '/neighbourhoods', label: 'Neighbourhoods', carries: [] },
  { path: '/data', label: 'Data', carries: ['area', 'indicator', 'year'] },
  { path: '/briefing', label: 'Briefing', carries: [] },
  { path: '/methods', label: 'Sources and methods', carries: [] },
]
