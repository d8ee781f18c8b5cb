import { relativeFormat } from '../../charts/shared/relativeFormat'
import { useMemo } from 'react'
import { buildTrendSeries } from '../../charts/trend/buildTrendSeries'
import { TrendChart } from '../../charts/trend/TrendChart'
import { lastYearShown } from '../../model/lifetimes'
import {
  describeRelative,
  indexLineToEngland,
  relativeTitleSuffix,
  type RelativeMode,
} from '../../model/relativeToEngland'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { buildProfileTrendLines } from '../shared/buildProfileTrendLines'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'

/** A panel's trend: the chosen authorities and England over every year the indicator covers, maybe indexed to England. */
export function TrendPanel({
  authorities,
  areas,
  indicator,
  series,
  manifest,
  relative,
}: {
  /** The authorities drawn, the first in the first colour. */
  authorities: readonly Area[]
  areas: readonly Area[]
  indicator: Indicator
  series: Series
  manifest: Manifest
  /** Already 'values' where England has no figure to index to. */
  relative: RelativeMode
}) {
  const [first, ...others] = authorities
  const firstYear = series.years[0]
  const lastYear = first ? lastYearShown(first, series.years.at(-1) ?? 0) : series.years.at(-1)
  const model = useMemo(() => {
    if (!first || firstYear === undefined || lastYear === undefined) return null
    const lines = buildProfileTrendLines({
      series,
      area: first,
      compare: others,
      neighbourCodes: [],
      areas,
      yearType: indicator.yearType,
    }).map((line) => indexLineToEngland(line, series.england, relative))
    return buildTrendSeries(lines, { firstYear, lastYear, methodBreaks: indicator.breaks })
  }, [first, others, series, areas, indicator, relative, firstYear, lastYear])
  if (!first || !model) return <p>Choose an authority above to draw its trend beside England&apos;s.</p>

  const { spec, valueLabel } = relativeFormat(indicator, relative)
  const names = authorities.map((a) => a.name).join(', ')
  return (
    <>
      {relative === 'values' ? null : <p className="method-note">{describeRelative(relative)}</p>}
      <TrendChart
        model={model}
        title={`${indicator.label}: ${names} and England, ${firstYear} to ${lastYear}${relativeTitleSuffix(relative)}`}
        spec={spec}
        {...(valueLabel ? { valueLabel } : {})}
        sourceLine={buildSourceLine(series, indicator, manifest)}
        licenceLine={LICENCE_LINE}
        name={{
          authority: first.name,
          indicator: `${indicator.id}${relative === 'values' ? '' : `-${relative}`}`,
          from: firstYear,
          to: lastYear,
        }}
      />
    </>
  )
}
