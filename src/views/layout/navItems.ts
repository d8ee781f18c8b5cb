/** Links in the header navigation, in display order. Add an entry when a new top-level view lands. */
export const NAV_ITEMS: readonly { path: string; label: string }[] = [
  { path: '/', label: 'Find an authority' },
  { path: '/compare', label: 'Compare' },
  { path: '/map', label: 'Map' },
  { path: '/deprivation', label: 'Deprivation' },
  { path: '/data', label: 'Data' },
  { path: '/methods', label: 'Sources and methods' },
]
