import { buildGradientModel } from '../../charts/gradient/buildGradientModel'
import { GradientChart } from '../../charts/gradient/GradientChart'
import { formatYear } from '../../charts/shared/format'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Series } from '../../schema/series'
import { areasForAverages } from '../../model/averageMembers'
import { EXCLUSION_NOTE } from '../../model/comparatorGroups'
import { valueAt } from '../../model/series'
import { LICENCE_LINE } from '../shared/sourceLine'

/** The social gradient: the indicator's mean in each tenth of authorities ordered by deprivation. */
export function GradientSection(props: {
  area: Area | null
  areas: readonly Area[]
  indicator: Indicator
  series: Series
  deprivation: Series
  deprivationIndicator: Indicator
  year: number
  edition: number
  sourceLine: string
}) {
  const { area, indicator, series, deprivation, year, edition } = props
  const model = buildGradientModel(
    areasForAverages(props.areas, year, indicator.yearType).map((a) => ({
      areaCode: a.code,
      label: a.name,
      deprivation: valueAt(deprivation, a.code, edition).value,
      value: valueAt(series, a.code, year).value,
    })),
    area?.code ?? null,
  )
  if (model.groups.length === 0) return null
  const title = `${indicator.label} by tenth of authorities ranked on ${props.deprivationIndicator.shortLabel} (${edition}), ${formatYear(year, indicator.yearType)}`
  return (
    <>
      <h2>The social gradient</h2>
      <p className="method-note">
        How this is worked out: authorities with a {props.deprivationIndicator.shortLabel} ({edition} edition) are
        ordered from most to least deprived and split into ten groups of (nearly) equal size. Each column is the mean of
        the authorities in the group: every authority counts once, whatever its size (not a pooled rate).{' '}
        {EXCLUSION_NOTE}
        {area && model.selectedDecile !== null ? ` ${area.name} is in group ${model.selectedDecile}.` : ''}
      </p>
      <GradientChart
        model={model}
        title={title}
        spec={indicator}
        scoreDecimals={props.deprivationIndicator.decimals}
        selectedLabel={area?.name ?? null}
        sourceLine={props.sourceLine}
        licenceLine={LICENCE_LINE}
        name={{ authority: area?.name, indicator: `${indicator.id}-by-deprivation-tenth`, from: year }}
      />
    </>
  )
}
