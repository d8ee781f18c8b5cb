import type { TrendLineInput } from '../../charts/trend/buildTrendSeries'
import type { Area } from '../../schema/areas'
import type { Series } from '../../schema/series'
import { buildAreaIndex } from '../../model/lifetimes'
import { lifetimeLine } from '../../model/series'
import { summariseMembersByYear } from '../../model/summaries'
import type { YearType } from '../../schema/yearPeriods'

/** The note on a reorganised authority's line: when it was created and from what, so nothing is silently joined. */
export function describeReorganisation(area: Area, areas: readonly Area[]): string | null {
  if (area.firstYear === undefined) return null
  const names = (area.predecessors ?? []).map(buildAreaIndex(areas).nameOf)
  const from = names.length ? ` from ${names.join(', ')}` : ''
  return `Created April ${area.firstYear - 1}${from}; first figures for ${area.firstYear}`
}

/**
 * Lines for a profile trend chart: the area (with its reorganisation break), any compared areas, the DfE statistical
 * neighbours' mean per year (with "n of m had data" notes) and England.
 */
export function buildProfileTrendLines(input: {
  series: Series
  area: Area
  compare: readonly Area[]
  neighbourCodes: readonly string[]
  areas: readonly Area[]
  /** What the series' years mean, for which years each authority existed in. */
  yearType: YearType
}): TrendLineInput[] {
  const { series, area, compare, neighbourCodes, areas, yearType } = input
  const areaLine = (a: Area): TrendLineInput => {
    const note = describeReorganisation(a, areas)
    return {
      key: a.code,
      label: a.name,
      role: 'area',
      years: series.years,
      ...lifetimeLine(series, a, yearType),
      ...(note && a.firstYear !== undefined ? { breakBefore: { year: a.firstYear, note } } : {}),
    }
  }
  const lines: TrendLineInput[] = [areaLine(area), ...compare.filter((c) => c.code !== area.code).map(areaLine)]
  if (neighbourCodes.length > 0) {
    const summaries = summariseMembersByYear({ series }, neighbourCodes, 'mean')
    lines.push({
      key: 'neighbours',
      label: 'Statistical neighbours (mean)',
      role: 'group',
      years: series.years,
      values: summaries.map((s) => s.value),
      notes: summaries.map((s) => `${s.withData} of ${s.members} had data`),
    })
  }
  lines.push({
    key: 'england',
    label: 'England',
    role: 'england',
    years: series.years,
    values: series.england,
    ...(series.englandFlags ? { flags: series.englandFlags } : {}),
  })
  return lines
}
