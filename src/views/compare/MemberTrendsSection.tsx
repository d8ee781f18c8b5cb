import { relativeFormat } from '../../charts/shared/relativeFormat'
import { useMemo } from 'react'
import { buildSmallMultiples, type SmallMultipleInput } from '../../charts/smallMultiples/buildSmallMultiples'
import { SmallMultiplesChart } from '../../charts/smallMultiples/SmallMultiplesChart'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { buildAreaIndex, type AreaIndex } from '../../model/lifetimes'
import { lifetimeLine } from '../../model/series'
import { indexLineToEngland, relativeTitleSuffix, type RelativeMode } from '../../model/relativeToEngland'
import { LICENCE_LINE } from '../shared/sourceLine'

/** One panel per authority (the selected one first, then the group in its order), each with England for reference. */
export function buildMemberTrendInputs(
  codes: readonly string[],
  series: Series,
  indicator: Indicator,
  index: AreaIndex,
  relative: RelativeMode = 'values',
): SmallMultipleInput[] {
  const { spec, valueLabel } = relativeFormat(indicator, relative)
  return codes.map((code) => ({
    key: code,
    title: index.nameOf(code),
    spec,
    ...(valueLabel ? { valueLabel } : {}),
    lines: [
      {
        key: 'area',
        label: 'The authority',
        role: 'area' as const,
        years: series.years,
        ...lifetimeLine(series, index.get(code) ?? { code }, indicator.yearType),
      },
      {
        key: 'england',
        label: 'England (published)',
        role: 'england' as const,
        years: series.years,
        values: series.england,
      },
    ].map((line) => indexLineToEngland(line, series.england, relative)),
  }))
}

/** The group's trends side by side: small multiples of one indicator on one scale. */
export function MemberTrendsSection(props: {
  area: Area
  memberCodes: readonly string[]
  series: Series
  indicator: Indicator
  areas: readonly Area[]
  firstYear: number
  lastYear: number
  sourceLine: string
  relative: RelativeMode
}) {
  const { area, memberCodes, series, indicator, areas, firstYear, lastYear, relative } = props
  const model = useMemo(() => {
    const inputs = buildMemberTrendInputs(
      [area.code, ...memberCodes],
      series,
      indicator,
      buildAreaIndex(areas),
      relative,
    )
    return buildSmallMultiples(inputs, { firstYear, lastYear, sharedScale: true })
  }, [area.code, memberCodes, series, indicator, areas, firstYear, lastYear, relative])
  if (model.panels.length < 2) return null
  return (
    <>
      <h3>Each authority&apos;s trend</h3>
      <p className="method-note">
        One panel per authority, all on the same scale so heights compare; England&apos;s published figure is the dotted
        line in each{relative === 'values' ? '' : ' (indexed to England like the chart above)'}. Authorities without any
        figure in these years are left out.
      </p>
      <SmallMultiplesChart
        model={model}
        title={`${indicator.label}: ${area.name} and each member of its comparator group, ${firstYear} to ${lastYear}${relativeTitleSuffix(relative)}`}
        sourceLine={props.sourceLine}
        licenceLine={LICENCE_LINE}
        name={{ authority: area.name, indicator: `${indicator.id}-members`, from: firstYear, to: lastYear }}
      />
    </>
  )
}
