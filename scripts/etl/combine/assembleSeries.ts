import * as aq from 'arquero'
import type { Flag } from '../../../src/schema/flags'
import type { Indicator } from '../../../src/schema/indicators'
import type { Series } from '../../../src/schema/series'
import type { AreaRegistry } from '../areas/registry'
import { ENGLAND_CODE, type Observation } from '../types'

const REGION = /^E1[23]\d{6}$/

interface Cell {
  index: number
  areaCode: string
  year: number
}

/**
 * Shapes one indicator's winning observations (one per area and year, see pickLatestPublications) into a series
 * file: the long observations are grouped by area into one row per area aligned with the indicator's years.
 * Authorities are listed in code order; a former authority with no figures is left out; years outside an authority's
 * lifetime (for what the year means under the indicator's year type) are null with flag 'z' (not applicable), as DfE
 * marks them.
 */
export function assembleSeries(
  indicator: Pick<Indicator, 'id' | 'yearType'>,
  winners: readonly Observation[],
  registry: AreaRegistry,
): Series {
  const cells = aq.from(winners.map((o, index): Cell => ({ index, areaCode: o.areaCode, year: o.year })))
  const years = cells.numRows()
    ? Array.from(cells.dedupe('year').orderby('year').array('year') as ArrayLike<number>)
    : []
  const column = new Map(years.map((year, i) => [year, i]))
  const byArea = new Map<string, (Observation | undefined)[]>()
  const grouped = cells.numRows()
    ? (cells.orderby('areaCode', 'year').groupby('areaCode').objects({ grouped: 'entries' }) as [string, Cell[]][])
    : []
  for (const [areaCode, rows] of grouped) {
    const row: (Observation | undefined)[] = years.map(() => undefined)
    for (const cell of rows) row[column.get(cell.year) ?? -1] = winners[cell.index]
    byArea.set(areaCode, row)
  }
  const none = years.map(() => undefined)

  const values: Record<string, (number | null)[]> = {}
  const flags: Record<string, (Flag | null)[]> = {}
  for (const area of [...registry.areas].sort((a, b) => a.code.localeCompare(b.code))) {
    const row = byArea.get(area.code)
    if (!row && area.status === 'former') continue
    const obs = row ?? none
    values[area.code] = obs.map((o) => o?.value ?? null)
    const rowFlags = obs.map(
      (o, i) =>
        o?.flag ?? (o === undefined && !registry.existedIn(area.code, years[i] ?? 0, indicator.yearType) ? 'z' : null),
    )
    if (rowFlags.some((f) => f !== null)) flags[area.code] = rowFlags
  }
  const regionCodes = [...byArea.keys()].filter((code) => REGION.test(code)).sort()
  const regions = Object.fromEntries(
    regionCodes.map((code) => [code, (byArea.get(code) ?? none).map((o) => o?.value ?? null)]),
  )

  const englandRow = byArea.get(ENGLAND_CODE) ?? none
  const yearWinners = years.map(() => [] as Observation[])
  for (const o of winners) yearWinners[column.get(o.year) ?? -1]?.push(o)
  const series: Series = {
    id: indicator.id,
    years,
    values,
    england: englandRow.map((o) => o?.value ?? null),
    yearSources: yearWinners.map((ws, i) => englandRow[i]?.sourceId ?? mostCommon(ws.map((w) => w.sourceId))),
    yearProvenance: yearWinners.map((ws) => (ws.some((w) => w.provenance === 'computed') ? 'computed' : 'published')),
  }
  // A year whose figures are only partly computed names its computed areas, so a published figure of that year is
  // not labelled computed because some other authority's is.
  const computedAreas: Record<string, string[]> = {}
  yearWinners.forEach((ws, i) => {
    const computed = ws.filter((w) => w.provenance === 'computed').map((w) => w.areaCode)
    if (computed.length && computed.length < ws.length) computedAreas[String(years[i])] = computed.sort()
  })
  if (Object.keys(computedAreas).length) series.computedAreas = computedAreas
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
