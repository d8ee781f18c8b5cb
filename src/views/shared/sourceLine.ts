import { formatYear } from '../../charts/shared/format'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'

export const LICENCE_LINE = 'Contains public sector information licensed under the Open Government Licence v3.0.'

/** "Source: Department for Education, LAIT data, April 2026 (2016 to 2025); … (2010 to 2012)". */
export function buildSourceLine(series: Series, indicator: Indicator, manifest: Manifest, years?: number[]): string {
  const runs: { id: string; first: number; last: number }[] = []
  series.years.forEach((year, i) => {
    if (years && !years.includes(year)) return
    const id = series.yearSources[i] ?? 'unknown'
    const last = runs[runs.length - 1]
    if (last && last.id === id) last.last = year
    else runs.push({ id, first: year, last: year })
  })
  const parts = runs.map((r) => {
    const source = manifest.sources.find((s) => s.id === r.id)
    const name = source ? `${source.publisher}, ${source.title}` : r.id
    const span =
      r.first === r.last
        ? formatYear(r.first, indicator.yearType)
        : `${formatYear(r.first, indicator.yearType)} to ${r.last}`
    return `${name} (${span})`
  })
  const computedYears = series.years.filter(
    (year, i) => series.yearProvenance[i] === 'computed' && (!years || years.includes(year)),
  )
  // A year whose computedAreas are listed mixes published and computed figures (IoD2025: only the counties').
  const note =
    computedYears.length === 0
      ? ''
      : computedYears.every((year) => series.computedAreas?.[String(year)])
        ? ' Some authorities’ figures computed by CSC Explorer (see methods).'
        : ' Some years computed by CSC Explorer (see methods).'
  return `Source: ${parts.join('; ')}.${note}`
}
