import type { Flag } from '../../src/schema/flags'
import type { Series } from '../../src/schema/series'
import type { AreaRegistry } from './areas/registry'
import { ENGLAND_CODE, type Observation } from './types'

const REGION = /^E1[23]\d{6}$/

/** For each area and year, the observation from the most recent publication (ties: the later observation wins). */
export function pickLatestPublication(observations: readonly Observation[]): Map<string, Observation> {
  const winners = new Map<string, Observation>()
  for (const obs of observations) {
    const key = `${obs.areaCode}|${obs.year}`
    const current = winners.get(key)
    if (!current || obs.release >= current.release) winners.set(key, obs)
  }
  return winners
}

/**
 * Shapes one indicator's observations into a series file. Authorities are listed in code order; a former authority's
 * years outside its lifetime are null with flag 'z' (not applicable), as DfE marks them.
 */
export function assembleSeries(
  indicatorId: string,
  observations: readonly Observation[],
  registry: AreaRegistry,
): Series {
  const winners = pickLatestPublication(observations)
  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b)
  const values: Record<string, (number | null)[]> = {}
  const flags: Record<string, (Flag | null)[]> = {}
  const regions: Record<string, (number | null)[]> = {}

  const areas = [...registry.areas].sort((a, b) => a.code.localeCompare(b.code))
  for (const area of areas) {
    const row = years.map((year) => winners.get(`${area.code}|${year}`))
    const outsideLifetime = (year: number) =>
      (area.firstYear !== undefined && year < area.firstYear) || (area.lastYear !== undefined && year > area.lastYear)
    const rowFlags = row.map(
      (obs, i) => obs?.flag ?? (obs === undefined && outsideLifetime(years[i] ?? 0) ? 'z' : null),
    )
    if (row.every((o) => o === undefined) && area.status === 'former') continue
    values[area.code] = row.map((o) => o?.value ?? null)
    if (rowFlags.some((f) => f !== null)) flags[area.code] = rowFlags
  }
  const regionCodes = [...new Set(observations.map((o) => o.areaCode).filter((c) => REGION.test(c)))].sort()
  for (const code of regionCodes) regions[code] = years.map((year) => winners.get(`${code}|${year}`)?.value ?? null)

  const englandRow = years.map((year) => winners.get(`${ENGLAND_CODE}|${year}`))
  const winnersByYear = new Map<number, Observation[]>()
  for (const obs of winners.values()) winnersByYear.set(obs.year, [...(winnersByYear.get(obs.year) ?? []), obs])
  const yearWinners = years.map((year) => winnersByYear.get(year) ?? [])
  const series: Series = {
    id: indicatorId,
    years,
    values,
    england: englandRow.map((o) => o?.value ?? null),
    yearSources: yearWinners.map((ws, i) => englandRow[i]?.sourceId ?? mostCommon(ws.map((w) => w.sourceId))),
    yearProvenance: yearWinners.map((ws) => (ws.some((w) => w.provenance === 'computed') ? 'computed' : 'published')),
  }
  if (Object.keys(flags).length) series.flags = flags
  if (englandRow.some((o) => o?.flag)) series.englandFlags = englandRow.map((o) => o?.flag ?? null)
  if (regionCodes.length) series.regions = regions
  return series
}

function mostCommon(items: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? ''
}
