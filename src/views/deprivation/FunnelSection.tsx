import { buildFunnelModel, type FunnelInput } from '../../charts/funnel/buildFunnelModel'
import { FunnelChart } from '../../charts/funnel/FunnelChart'
import { formatYear } from '../../charts/shared/format'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { areasForAverages } from '../../model/averageMembers'
import { EXCLUSION_NOTE } from '../../model/comparatorGroups'
import { englandAt, valueAt } from '../../model/series'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'

/** Funnel plot of a rate per 10,000 against child population; other units have no Poisson funnel. */
export function FunnelSection(props: {
  area: Area | null
  areas: readonly Area[]
  indicator: Indicator
  series: Series
  population: Series | undefined
  year: number
  neighbourCodes: readonly string[]
  manifest: Manifest
}) {
  const { area, indicator, series, population, year } = props
  const england = englandAt(series, year)
  if (indicator.unit !== 'rate per 10,000' || !population || england === null) return null
  const model = buildFunnelModel(
    areasForAverages(props.areas, year)
      .map((a): FunnelInput => ({
        areaCode: a.code,
        label: a.name,
        rate: valueAt(series, a.code, year).value,
        population: valueAt(population, a.code, year).value,
        role: a.code === area?.code ? 'selected' : props.neighbourCodes.includes(a.code) ? 'neighbour' : 'other',
      }))
      .filter((p) => p.rate !== null || p.population !== null),
    england,
  )
  const own = model.points.find((p) => p.areaCode === area?.code)
  const yearText = formatYear(year, indicator.yearType)
  return (
    <>
      <h2>Could the difference from England be chance?</h2>
      <p className="method-note">
        How this is worked out: the lines show how far a rate could stray from England&apos;s ({yearText}) by chance
        alone for an authority with that many children, treating the number of children as a Poisson count: 95% of
        authorities would fall inside the dashed lines and 99.8% inside the solid ones if they all had England&apos;s
        underlying rate. Smaller authorities have wider limits. {model.counts['above 99.8%']} authorities are above the
        99.8% limit and {model.counts['below 99.8%']} below it. {EXCLUSION_NOTE}
        {own ? ` ${own.label} is ${own.position === 'within' ? 'within the limits' : `${own.position} limit`}.` : ''}
      </p>
      <FunnelChart
        model={model}
        title={`${indicator.label} against child population, with limits around England, ${yearText}`}
        spec={indicator}
        sourceLine={`${buildSourceLine(series, indicator, props.manifest, [year])} Child population: ONS mid-year estimates as used by DfE.`}
        licenceLine={LICENCE_LINE}
      />
    </>
  )
}
