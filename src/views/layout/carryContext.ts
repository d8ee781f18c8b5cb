import type { CarriedKey } from './navItems'

/** Pages whose path names the authority (/area/E08000016) rather than the query string. */
const AREA_IN_PATH = /^\/(?:area|spending|neighbourhoods|gradient)\/([^/?#]+)/

/**
 * The link to `target` from the page at `pathname` + `search`, carrying the keys the target reads: the authority
 * from the path or the `area` key, the indicator and year from the query. Values are passed on as they are: the
 * target validates them as it would a shared link.
 */
export function carryContext(target: string, carries: readonly CarriedKey[], pathname: string, search: string): string {
  const from = new URLSearchParams(search)
  const values: Record<CarriedKey, string | null> = {
    area: AREA_IN_PATH.exec(pathname)?.[1] ?? from.get('area'),
    indicator: from.get('indicator'),
    year: from.get('year'),
  }
  const to = new URLSearchParams()
  for (const key of carries) {
    const value = values[key]
    if (value) to.set(key, value)
  }
  const query = to.toString()
  return query ? `${target}?${query}` : target
}
