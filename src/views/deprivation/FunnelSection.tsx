import { buildFunnelModel, type FunnelInput } from '../../charts/funnel/buildFunnelModel'
import { FunnelChart } from '../../charts/funnel/FunnelChart'
import { formatNumber, formatForProse, formatYear } from '../../charts/shared/format'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { areasForAverages } from '../../model/averageMembers'
import { EXCLUSION_NOTE } from '../../model/comparatorGroups'
import { describeBothComparisons } from '../../model/deprivation'
import { englandAt, valueAt } from '../../model/series'
import type { AdjustedValue } from '../../stats/deprivationAdjustment'
import { typicalRange } from '../../stats/funnel'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'

/**
 * Funnel plot of a rate per 10,000 against child population, with limits that allow for the spread between councils;
 * other units have no count behind them and so no funnel. Ends by setting the funnel's answer beside the deprivation
 * range's, which asks a different question.
 */
export function FunnelSection(props: {
  area: Area | null
  areas: readonly Area[]
  indicator: Indicator
  series: Series
  population: Series | undefined
  year: number
  neighbourCodes: readonly string[]
  manifest: Manifest
  /** The authority's place against the deprivation range, to say both answers together. */
  againstDeprivation: AdjustedValue | null
}) {
  const { area, indicator, series, population, year } = props
  const england = englandAt(series, year)
  if (indicator.unit !== 'rate per 10,000' || !population || england === null) return null
  const model = buildFunnelModel(
    areasForAverages(props.areas, year, indicator.yearType)
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
  const fmt = (v: number) => formatForProse(v, indicator)
  const { phi, tau2 } = model.dispersion
  const spread = typicalRange(england, tau2)
  const flagged = model.counts['above 99.8%'] + model.counts['below 99.8%']
  return (
    <>
      <h2>Could the difference from England be chance?</h2>
      <p className="method-note">
        How this is worked out: the lines show how far a rate could stray from England&apos;s ({fmt(england)},{' '}
        {yearText}) for an authority with that many children: 95% of authorities would fall inside the dashed lines and
        99.8% inside the solid ones. Councils differ by more than chance: treating the number of children as a Poisson
        count, the variance between authorities is {formatNumber(phi, 1)} times what chance alone would give
        (overdispersion φ = {formatNumber(phi, 1)}; 1 would be chance alone). So the limits add that real spread between
        councils (Spiegelhalter&apos;s additive random-effects funnel, fitted on the square-root scale, 10% Winsorised):
        τ = {formatNumber(Math.sqrt(tau2), 2)}, as if councils&apos; underlying rates typically ran from{' '}
        {fmt(spread.lower)} to {fmt(spread.upper)}. Smaller authorities have wider limits; no limit goes below zero.
        Plain Poisson limits would put {model.poissonOutside998} of {model.points.length} authorities outside the 99.8%
        limits; these put {flagged} outside ({model.counts['above 99.8%']} above, {model.counts['below 99.8%']} below).{' '}
        {EXCLUSION_NOTE}
        {own ? ` ${own.label} is ${own.position === 'within' ? 'within the limits' : `${own.position} limit`}.` : ''}
      </p>
      {own && props.againstDeprivation && (
        <p className="inset">
          {describeBothComparisons(own.label, props.againstDeprivation, own.position, fmt(england))}
        </p>
      )}
      <FunnelChart
        model={model}
        title={`${indicator.label} against child population, with limits around England, ${yearText}`}
        spec={indicator}
        sourceLine={`${buildSourceLine(series, indicator, props.manifest, [year])} Child population: ONS mid-year estimates as used by DfE.`}
        licenceLine={LICENCE_LINE}
        name={{ authority: area?.name, indicator: `${indicator.id}-funnel`, from: year }}
      />
    </>
  )
}
