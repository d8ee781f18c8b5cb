import { buildRankingModel } from '../../charts/ranking/buildRankingModel'
import { RankingChart } from '../../charts/ranking/RankingChart'
import { buildScatterModel, type ScatterRole } from '../../charts/scatter/buildScatterModel'
import { ScatterChart } from '../../charts/scatter/ScatterChart'
import { formatNumber, formatForProse, formatYear, unitHeading } from '../../charts/shared/format'
import { ADJUSTED_SUFFIX, ADJUSTED_TREND_SUFFIX } from '../../charts/shared/exportRegistry'
import { buildTrendSeries } from '../../charts/trend/buildTrendSeries'
import { TrendChart } from '../../charts/trend/TrendChart'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { NeighboursFile } from '../../schema/neighbours'
import type { Series } from '../../schema/series'
import { adjustForDeprivation } from '../../stats/deprivationAdjustment'
import type { RankScope } from '../../state/dashboardState'
import type { DashboardStateHandle } from '../../state/useDashboardState'
import { EXCLUSION_NOTE } from '../../model/comparatorGroups'
import {
  buildAdjustedTrend,
  buildAdjustmentInputs,
  deprivationMeasures,
  describeAgainstExpected,
  pickEdition,
} from '../../model/deprivation'
import { buildAreaIndex, lastYearShown } from '../../model/lifetimes'
import { rankOrderOf, ranksHighestFirst } from '../../model/ranks'
import { chooseYearFor, yearsWithFigures } from '../../model/series'
import { IndicatorSelect } from '../shared/IndicatorSelect'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'
import { FunnelSection } from './FunnelSection'
import { GradientSection } from './GradientSection'

export interface DeprivationBodyProps {
  area: Area | null
  areas: readonly Area[]
  indicators: readonly Indicator[]
  indicator: Indicator
  dashboard: DashboardStateHandle
  neighbours: NeighboursFile
  manifest: Manifest
  seriesById: ReadonlyMap<string, Series>
  /** The measure plotted against (resolved from the URL's `measure`). */
  deprivationIndicator: Indicator
  onDeprivationChange: (id: string) => void
}

export function DeprivationBody(props: DeprivationBodyProps) {
  const { area, areas, indicators, indicator, dashboard, manifest, seriesById, deprivationIndicator } = props
  const rankScope = dashboard.state.ranked
  const setRankScope = (ranked: RankScope) => dashboard.update({ ranked }, { replace: true })
  const series = seriesById.get(indicator.id)
  const deprivation = seriesById.get(deprivationIndicator.id)
  if (!series || !deprivation)
    return <p className="benchmark-layout__body">The figures needed here are not available yet.</p>
  const { nameOf } = buildAreaIndex(areas)
  const yearsWithData = yearsWithFigures(series)
  const year = chooseYearFor(area, yearsWithData, dashboard.state.year, indicator.yearType)
  const picked = year === null ? null : pickEdition(deprivation.years, year)
  if (year === null || !picked)
    return <p className="benchmark-layout__body">There are no figures for {indicator.label} yet.</p>
  const neighbourCodes = area ? (props.neighbours.dfe2025[area.code] ?? []).map((n) => n.code) : []
  const roleOf = (code: string): ScatterRole =>
    code === area?.code ? 'selected' : neighbourCodes.includes(code) ? 'neighbour' : 'other'
  const inputs = buildAdjustmentInputs(series, deprivation, year, picked.edition, areas, indicator.yearType)
  const adjustment = adjustForDeprivation(inputs)
  const scatter = buildScatterModel(
    inputs.map((i) => ({
      areaCode: i.areaCode,
      label: nameOf(i.areaCode),
      x: i.deprivation,
      y: i.value,
      role: roleOf(i.areaCode),
    })),
    adjustment?.fit ?? null,
  )
  const yearText = formatYear(year, indicator.yearType)
  const depLabel = `${deprivationIndicator.shortLabel} (${picked.edition})`
  const fmt = (v: number) => formatForProse(v, indicator)
  const sourceLine = `${buildSourceLine(series, indicator, manifest, [year])} ${buildSourceLine(deprivation, deprivationIndicator, manifest, [picked.edition])}`
  const own = area && adjustment ? adjustment.values.find((v) => v.areaCode === area.code) : undefined
  const expectedText = area && adjustment ? describeAgainstExpected(area.name, adjustment, area.code, fmt) : null
  const fit = adjustment?.fit

  const adjustedRows = (adjustment?.values ?? []).filter(
    (v) => rankScope === 'all' || v.areaCode === area?.code || neighbourCodes.includes(v.areaCode),
  )
  const rankingModel = buildRankingModel(
    adjustedRows.map((v) => ({
      areaCode: v.areaCode,
      label: nameOf(v.areaCode),
      value: v.adjusted,
      flag: null,
      isSelected: v.areaCode === area?.code,
      note: `actual ${fmt(v.value)}, expected ${fmt(v.expected)}`,
    })),
    {
      order: rankOrderOf(indicator.polarity),
      references: adjustment
        ? [{ key: 'reference', label: 'Average deprivation', value: adjustment.reference, kind: 'group' as const }]
        : [],
    },
  )
  const adjustedTrend = area ? buildAdjustedTrend(series, deprivation, areas, area.code, indicator.yearType) : []
  const trendYears = adjustedTrend.map((t) => t.year)
  const trendModel = buildTrendSeries(
    [
      {
        key: 'actual',
        label: `${area?.name ?? ''}: as published`,
        role: 'area',
        years: trendYears,
        values: adjustedTrend.map((t) => t.value),
      },
      {
        key: 'adjusted',
        label: `${area?.name ?? ''}: adjusted for deprivation`,
        role: 'area',
        years: trendYears,
        values: adjustedTrend.map((t) => t.adjusted),
        notes: adjustedTrend.map((t) => `IMD edition ${t.edition}`),
      },
      {
        key: 'upper',
        label: 'Adjusted: upper end of 95% range',
        role: 'group',
        years: trendYears,
        values: adjustedTrend.map((t) => t.adjustedUpper),
      },
      {
        key: 'lower',
        label: 'Adjusted: lower end of 95% range',
        role: 'group',
        years: trendYears,
        values: adjustedTrend.map((t) => t.adjustedLower),
      },
      {
        key: 'reference',
        label: 'Expected at average deprivation',
        role: 'england',
        years: trendYears,
        values: adjustedTrend.map((t) => t.reference),
      },
    ],
    {
      firstYear: trendYears[0] ?? year,
      lastYear: area ? lastYearShown(area, trendYears.at(-1) ?? year) : (trendYears.at(-1) ?? year),
    },
  )

  return (
    <>
      <div className="benchmark-layout__controls">
        <div className="controls">
          <IndicatorSelect
            id="deprivation-indicator"
            indicators={indicators.filter((i) => i.topic !== 'deprivation')}
            value={indicator.id}
            onChange={(id) => dashboard.update({ indicator: id, year: null })}
          />
          <div className="form-group">
            <label htmlFor="deprivation-year">Year</label>
            <select
              id="deprivation-year"
              value={year}
              onChange={(e) => dashboard.update({ year: Number(e.target.value) })}
            >
              {[...yearsWithData].reverse().map((y) => (
                <option key={y} value={y}>
                  {formatYear(y, indicator.yearType)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="radios">
            <legend>Deprivation measure</legend>
            {deprivationMeasures(indicators).map((m) => (
              <label key={m.id}>
                <input
                  type="radio"
                  name="deprivation-measure"
                  checked={deprivationIndicator.id === m.id}
                  onChange={() => props.onDeprivationChange(m.id)}
                />{' '}
                {m.label}
              </label>
            ))}
          </fieldset>
        </div>
        <p className="method-note">
          {picked.note} {EXCLUSION_NOTE}
        </p>
      </div>

      <div className="benchmark-layout__body">
        <h2>
          {indicator.shortLabel} against {deprivationIndicator.shortLabel}, {yearText}
        </h2>
        {fit && (
          <p>
            Across {fit.n} authorities, r = {formatNumber(fit.r, 2)} and R² = {formatNumber(fit.rSquared, 2)} (on the
            log scale): deprivation accounts for about {Math.round(fit.rSquared * 100)}% of the variation between
            authorities. Each extra point of {deprivationIndicator.shortLabel} goes with about{' '}
            {formatNumber(Math.abs(Math.expm1(fit.slope)) * 100, 1)}% {fit.slope >= 0 ? 'more' : 'less'}{' '}
            {unitHeading(indicator)}.
          </p>
        )}
        {expectedText && <p className="inset">{expectedText}</p>}
        <ScatterChart
          model={scatter}
          title={`${indicator.label} against ${depLabel}, by authority, ${yearText}`}
          xLabel={depLabel}
          xSpec={deprivationIndicator}
          ySpec={indicator}
          sourceLine={sourceLine}
          licenceLine={LICENCE_LINE}
          name={{ authority: area?.name, indicator: `${indicator.id}-against-${deprivationIndicator.id}`, from: year }}
          csv={{
            header: [
              'area',
              'area_code',
              `${deprivationIndicator.shortLabel} ${picked.edition}`,
              `value (${unitHeading(indicator)})`,
              'expected',
              'ratio_to_expected',
              'lower_95_prediction',
              'upper_95_prediction',
              'adjusted',
            ],
            rows: (adjustment?.values ?? []).map((v) => [
              nameOf(v.areaCode),
              v.areaCode,
              inputs.find((i) => i.areaCode === v.areaCode)?.deprivation ?? null,
              v.value,
              round(v.expected),
              round(v.ratio),
              round(v.lower),
              round(v.upper),
              round(v.adjusted),
            ]),
          }}
          table={
            <details>
              <summary>Show the figures as a table</summary>
              <div className="table-wrap">
                <table>
                  <caption>
                    {indicator.label} and {depLabel}: actual and expected values, {yearText}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Authority</th>
                      <th scope="col" className="num">
                        {deprivationIndicator.shortLabel}
                      </th>
                      <th scope="col" className="num">
                        Actual
                      </th>
                      <th scope="col" className="num">
                        Expected
                      </th>
                      <th scope="col" className="num">
                        Actual ÷ expected
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {(adjustment?.values ?? []).map((v) => (
                      <tr key={v.areaCode} className={v.areaCode === area?.code ? 'row--selected' : undefined}>
                        <th scope="row">{nameOf(v.areaCode)}</th>
                        <td className="num">
                          {formatNumber(
                            inputs.find((i) => i.areaCode === v.areaCode)?.deprivation ?? 0,
                            deprivationIndicator.decimals,
                          )}
                        </td>
                        <td className="num">{fmt(v.value)}</td>
                        <td className="num">{fmt(v.expected)}</td>
                        <td className="num">{formatNumber(v.ratio, 2)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          }
        />

        <h2>Adjusted for deprivation</h2>
        <p className="method-note">
          How this is worked out (like the CWIP App&apos;s “adjust for deprivation”, but on the log scale): for each
          year, a line is fitted by least squares through the logarithm of every authority&apos;s figure against its{' '}
          {deprivationIndicator.shortLabel}. An authority&apos;s expected figure is the curve&apos;s value at its
          deprivation; the adjusted figure is the curve&apos;s value at average deprivation (
          {adjustment ? fmt(adjustment.reference) : '–'}, not England&apos;s published rate) times the authority&apos;s
          ratio to its expected figure: roughly what it would be if it were averagely deprived. Fitting the logarithm
          keeps every expected figure, range and adjusted figure above zero, as rates are, and lets the spread grow with
          the level; a straight line through the raw figures gave negative ranges. The 95% range is the prediction
          interval carried over to the adjusted figure.
          {adjustment && adjustment.zeros.length > 0
            ? ` ${adjustment.zeros.length} ${adjustment.zeros.length === 1 ? 'authority has' : 'authorities have'} a figure of 0, which has no logarithm: left out of the fit, and 0 once adjusted (${adjustment.zeros.map(nameOf).join(', ')}).`
            : ''}
          {own ? ` ${area?.name}: actual ${fmt(own.value)}, adjusted ${fmt(own.adjusted)}.` : ''}
        </p>
        <fieldset className="radios">
          <legend>Rank</legend>
          <label>
            <input
              type="radio"
              name="rank-scope"
              checked={rankScope === 'neighbours'}
              onChange={() => setRankScope('neighbours')}
            />{' '}
            The authority and its DfE statistical neighbours (May 2025 list)
          </label>
          <label>
            <input type="radio" name="rank-scope" checked={rankScope === 'all'} onChange={() => setRankScope('all')} />{' '}
            All authorities
          </label>
        </fieldset>
        <RankingChart
          model={rankingModel}
          title={`${indicator.label} adjusted for ${depLabel}, ${rankScope === 'all' ? 'all authorities' : `${area?.name ?? 'the authority'} and its statistical neighbours`}, ${yearText}`}
          spec={indicator}
          sourceLine={sourceLine}
          licenceLine={LICENCE_LINE}
          rankNote={`Ranked by adjusted value; rank 1 is the ${ranksHighestFirst(indicator.polarity) ? 'highest' : 'lowest'}.`}
          name={{ authority: area?.name, indicator: `${indicator.id}${ADJUSTED_SUFFIX}`, from: year }}
          csv={{
            header: [
              'area',
              'area_code',
              'rank',
              `adjusted (${unitHeading(indicator)})`,
              'actual',
              'expected',
              'adjusted_lower_95',
              'adjusted_upper_95',
            ],
            rows: rankingModel.bars.map((b) => {
              const v = adjustment?.values.find((x) => x.areaCode === b.areaCode)
              return [
                b.label,
                b.areaCode,
                b.rank,
                b.value === null ? null : round(b.value),
                v?.value ?? null,
                v ? round(v.expected) : null,
                v ? round(v.adjustedLower) : null,
                v ? round(v.adjustedUpper) : null,
              ]
            }),
          }}
        />
        {area && adjustedTrend.some((t) => t.adjusted !== null) && (
          <p className="method-note">
            Over time each year has its own regression, using the latest deprivation edition published by then (the
            earliest edition for years before it) ({describeEditions(adjustedTrend)}). The dashed lines are the 95%
            range of the adjusted figure; the dotted line is the figure expected at average deprivation, the level
            adjusted figures are measured against.
          </p>
        )}
        {area && adjustedTrend.some((t) => t.adjusted !== null) && (
          <TrendChart
            model={trendModel}
            title={`${indicator.label}, ${area.name}: as published and adjusted for deprivation, ${trendModel.years[0]} to ${trendModel.years.at(-1)}`}
            spec={indicator}
            sourceLine={`${buildSourceLine(series, indicator, manifest)} ${buildSourceLine(deprivation, deprivationIndicator, manifest)}`}
            licenceLine={LICENCE_LINE}
            name={{
              authority: area.name,
              indicator: `${indicator.id}${ADJUSTED_TREND_SUFFIX}`,
              from: trendModel.years[0],
              to: trendModel.years.at(-1),
            }}
          />
        )}
        <FunnelSection
          area={area}
          areas={areas}
          indicator={indicator}
          series={series}
          population={indicator.denominator ? seriesById.get(indicator.denominator) : undefined}
          year={year}
          neighbourCodes={neighbourCodes}
          manifest={manifest}
          againstDeprivation={own ?? null}
        />
        <GradientSection
          area={area}
          areas={areas}
          indicator={indicator}
          series={series}
          deprivation={deprivation}
          deprivationIndicator={deprivationIndicator}
          year={year}
          edition={picked.edition}
          sourceLine={sourceLine}
        />
      </div>
    </>
  )
}

/** "2015 edition for 2010 to 2018; 2019 edition for 2019 to 2025". */
function describeEditions(trend: readonly { year: number; edition: number }[]): string {
  const runs: { edition: number; first: number; last: number }[] = []
  for (const t of trend) {
    const last = runs.at(-1)
    if (last && last.edition === t.edition) last.last = t.year
    else runs.push({ edition: t.edition, first: t.year, last: t.year })
  }
  return runs
    .map((r) => `${r.edition} edition for ${r.first === r.last ? r.first : `${r.first} to ${r.last}`}`)
    .join('; ')
}

/** CSV figures to 3 decimals: derived values carry no more precision than that. */
const round = (v: number) => Math.round(v * 1000) / 1000
