import { relativeFormat } from '../../charts/shared/relativeFormat'
import { buildRankingModel, type RankingReference } from '../../charts/ranking/buildRankingModel'
import { RankingChart } from '../../charts/ranking/RankingChart'
import { formatForProse, formatYear } from '../../charts/shared/format'
import { buildTrendSeries } from '../../charts/trend/buildTrendSeries'
import { TrendChart } from '../../charts/trend/TrendChart'
import { Link } from 'react-router'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { NeighboursFile } from '../../schema/neighbours'
import type { Series } from '../../schema/series'
import { SUMMARY_METHODS, type SummaryMethod } from '../../stats/groupSummary'
import { asPhrase, buildComparatorGroup, GROUP_LABELS, GROUPS } from '../../model/comparatorGroups'
import { poolingSeriesOf } from '../../model/indicators'
import { buildAreaIndex, lastYearShown } from '../../model/lifetimes'
import { BANDING_METHOD, bandWithinEngland, describeBand, describeBandEnds } from '../../model/quartileBands'
import { rankOrderOf, rankWithinEngland, ranksHighestFirst } from '../../model/ranks'
import { chooseYearFor, englandAt, lifetimeLine, valueAt, yearsWithFigures } from '../../model/series'
import { describeSummary, summariseMembersAt, summariseMembersByYear, type SummarySeries } from '../../model/summaries'
import { MAX_COMPARE } from '../../state/dashboardState'
import type { DashboardStateHandle } from '../../state/useDashboardState'
import { AuthorityListEditor } from '../shared/AuthorityListEditor'
import { IndicatorSelect } from '../shared/IndicatorSelect'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'
import { buildSimilarity } from '../../model/similarAreas'
import {
  canIndexToEngland,
  describeRelative,
  indexLineToEngland,
  relativeTitleSuffix,
} from '../../model/relativeToEngland'
import { RelativeModeControl } from '../shared/RelativeModeControl'
import { MemberTrendsSection } from './MemberTrendsSection'
import { SimilarAreasSection } from './SimilarAreasSection'
import { SmallMultiplesSection } from './SmallMultiplesSection'

const METHOD_LABELS: Record<SummaryMethod, string> = {
  mean: 'Mean of the authorities (as DfE’s LAIT)',
  median: 'Median of the authorities',
  pooled: 'Pooled rate (all their children together)',
}

export interface CompareBodyProps {
  area: Area
  indicator: Indicator
  dashboard: DashboardStateHandle
  neighbours: NeighboursFile
  manifest: Manifest
  seriesById: ReadonlyMap<string, Series>
  method: SummaryMethod
  onMethodChange: (method: SummaryMethod) => void
  similarityIds: string[]
  onSimilarityIdsChange: (ids: string[]) => void
}

/** Everything under the authority picker on /compare, once the data is in. */
export function CompareBody(props: CompareBodyProps) {
  const { area, indicator, dashboard, neighbours, manifest, seriesById, similarityIds } = props
  const { state, update } = dashboard
  const areas = dashboard.catalogue?.areas ?? []
  const indicators = dashboard.catalogue?.indicators ?? []
  const { nameOf } = buildAreaIndex(areas)
  const series = seriesById.get(indicator.id)
  const pooling = poolingSeriesOf(indicator)
  const summaryData: SummarySeries | null = series
    ? {
        series,
        counts: pooling ? seriesById.get(pooling.countId) : undefined,
        population: pooling ? seriesById.get(pooling.denominatorId) : undefined,
      }
    : null
  const canPool = Boolean(summaryData?.counts && summaryData.population)
  const method = props.method === 'pooled' && !canPool ? 'mean' : props.method
  const yearsWithData = series ? yearsWithFigures(series) : []
  const year = chooseYearFor(area, yearsWithData, state.year, indicator.yearType)

  // Cheap (≈150 authorities × a few measures), so it is simply recomputed on each render.
  const similarity = buildSimilarity({
    areaCode: area.code,
    areas,
    year: year ?? new Date().getFullYear(),
    measures: similarityIds.flatMap((id) => {
      const s = seriesById.get(id)
      const ind = indicators.find((i) => i.id === id)
      return s && ind ? [{ indicatorId: id, label: ind.shortLabel, series: s }] : []
    }),
  })
  const group = buildComparatorGroup({
    group: state.group,
    area,
    areas,
    neighbours,
    compare: state.compare,
    similar: similarity.similar.map((s) => s.areaCode),
  })

  if (!series || year === null)
    return <p className="benchmark-layout__body">There are no figures for {indicator.label} yet.</p>
  const summary = summaryData ? summariseMembersAt(summaryData, group.memberCodes, year, method) : null
  const england = englandAt(series, year)
  const own = valueAt(series, area.code, year)
  const englandRank = rankWithinEngland(series, year, area.code, areas, indicator)
  const englandBand = bandWithinEngland(series, year, area.code, areas, indicator)
  const bandEnds = describeBandEnds(indicator)
  const references: RankingReference[] = [
    ...(england !== null
      ? [{ key: 'england', label: 'England (published)', value: england, kind: 'england' as const }]
      : []),
    ...(summary?.value != null
      ? [{ key: 'group', label: `Group ${method}`, value: summary.value, kind: 'group' as const }]
      : []),
  ]
  const model = buildRankingModel(
    [area.code, ...group.memberCodes].map((code) => ({
      areaCode: code,
      label: nameOf(code),
      ...valueAt(series, code, year),
      isSelected: code === area.code,
    })),
    { order: rankOrderOf(indicator.polarity), references },
  )
  const yearText = formatYear(year, indicator.yearType)
  const sourceLine = buildSourceLine(series, indicator, manifest, [year])
  const firstYear = series.years[0] ?? year
  const lastYear = lastYearShown(area, series.years.at(-1) ?? year)
  const relative = canIndexToEngland(series.england) ? state.relative : 'values'
  const relativeText = relativeFormat(indicator, relative)
  const trendModel = buildTrendSeries(
    [
      {
        key: area.code,
        label: area.name,
        role: 'area' as const,
        years: series.years,
        ...lifetimeLine(series, area, indicator.yearType),
      },
      ...(summaryData
        ? [
            (() => {
              const perYear = summariseMembersByYear(summaryData, group.memberCodes, method)
              return {
                key: 'group',
                label: `${group.label}: ${method}`,
                role: 'group' as const,
                years: series.years,
                values: perYear.map((s) => s.value),
                notes: perYear.map((s) => `${s.withData} of ${s.members} had data`),
              }
            })(),
          ]
        : []),
      {
        key: 'england',
        label: 'England (published)',
        role: 'england' as const,
        years: series.years,
        values: series.england,
      },
    ].map((line) => indexLineToEngland(line, series.england, relative)),
    { firstYear, lastYear, methodBreaks: indicator.breaks },
  )

  return (
    <>
      <div className="benchmark-layout__controls">
        <div className="controls">
          <IndicatorSelect
            id="compare-indicator"
            indicators={indicators}
            value={indicator.id}
            onChange={(id) => update({ indicator: id, year: null })}
          />
          <div className="form-group">
            <label htmlFor="compare-year">Year</label>
            <select id="compare-year" value={year} onChange={(e) => update({ year: Number(e.target.value) })}>
              {[...yearsWithData].reverse().map((y) => (
                <option key={y} value={y}>
                  {formatYear(y, indicator.yearType)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label htmlFor="compare-group">Compare with</label>
            <select
              id="compare-group"
              value={state.group}
              onChange={(e) => {
                const g = GROUPS.find((x) => x === e.target.value)
                if (g) update({ group: g })
              }}
            >
              {GROUPS.map((g) => (
                <option key={g} value={g}>
                  {GROUP_LABELS[g]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="radios">
          <legend>Summarise the group by</legend>
          {SUMMARY_METHODS.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="summary-method"
                value={m}
                checked={method === m}
                disabled={m === 'pooled' && !canPool}
                onChange={() => props.onMethodChange(m)}
              />{' '}
              {METHOD_LABELS[m]}
              {m === 'pooled' && !canPool ? ' – not available: this indicator has no published counts' : ''}
            </label>
          ))}
        </fieldset>
        {state.group === 'custom' && (
          <AuthorityListEditor
            id="compare-add"
            label={`Add an authority to your list (up to ${MAX_COMPARE})`}
            codes={state.compare}
            areas={areas}
            exclude={[area.code]}
            max={MAX_COMPARE}
            nameOf={nameOf}
            onChange={(compare) => update({ compare })}
          />
        )}
        {group.notes.map((n) => (
          <p key={n} className="inset">
            {n}
          </p>
        ))}
      </div>

      <div className="benchmark-layout__body">
        <h2>
          {area.name} compared with {asPhrase(group.label, area.name)}, {yearText}
        </h2>
        <ul className="key-figures" aria-label="Key figures">
          <li>
            {area.name}
            <strong>{own.value === null ? 'no figure' : formatForProse(own.value, indicator)}</strong>
          </li>
          <li>
            Group {method}
            <strong>{summary?.value == null ? 'no figure' : formatForProse(summary.value, indicator)}</strong>
            {summary ? `${summary.withData} of ${summary.members} had data` : ''}
          </li>
          <li>
            England (published)
            <strong>{england === null ? 'no figure' : formatForProse(england, indicator)}</strong>
          </li>
          <li>
            Rank in England
            <strong>{englandRank ? `${englandRank.rank} of ${englandRank.of}` : 'not ranked'}</strong>
          </li>
          <li>
            Quartile band in England
            <strong>
              {englandBand ? describeBand(englandBand.band) : indicator.noQuartiles ? 'not banded' : 'no band'}
            </strong>
            {englandBand && bandEnds ? bandEnds : ''}
          </li>
        </ul>
        <RankingChart
          model={model}
          title={`${indicator.label}: ${area.name} compared with ${asPhrase(group.label, area.name)}, ${yearText}`}
          spec={indicator}
          sourceLine={sourceLine}
          licenceLine={LICENCE_LINE}
          rankNote={`Ranked within the group; rank 1 is the ${ranksHighestFirst(indicator.polarity) ? 'highest' : 'lowest'} value.`}
          name={{ authority: area.name, indicator: `${indicator.id}-in-group`, from: year }}
        />
        <p className="method-note">
          How this is worked out: the group figure is the {summary ? describeSummary(summary) : 'summary'}. England is
          DfE&apos;s published figure, not an average of authorities. The rank is among all English authorities with a
          figure for {yearText}, ties sharing a rank; {englandRank?.orderNote ?? ''} City of London and Isles of Scilly
          are not ranked (very small child populations).{' '}
          {indicator.noQuartiles
            ? 'LAIT shows no quartile bands for this measure: its range is too small for them to mean anything.'
            : BANDING_METHOD}
        </p>
        <p>
          <Link to={`/deprivation${dashboard.searchFor()}`}>
            Read {area.name}&apos;s figure against its deprivation (adjusted for deprivation)
          </Link>
        </p>
        <h2>Over time</h2>
        <p>
          <Link to={`/side-by-side${dashboard.searchFor()}`}>
            Put this trend side by side with another indicator or the map of England
          </Link>
        </p>
        <RelativeModeControl
          name="compare-relative"
          value={relative}
          available={canIndexToEngland(series.england)}
          onChange={(mode) => update({ relative: mode }, { replace: true })}
        />
        {relative === 'values' ? null : <p className="method-note">{describeRelative(relative)}</p>}
        <TrendChart
          model={trendModel}
          title={`${indicator.label}: ${area.name}, the group's ${method} and England, ${firstYear} to ${lastYear}${relativeTitleSuffix(relative)}`}
          spec={relativeText.spec}
          {...(relativeText.valueLabel ? { valueLabel: relativeText.valueLabel } : {})}
          sourceLine={buildSourceLine(series, indicator, manifest)}
          licenceLine={LICENCE_LINE}
          name={{
            authority: area.name,
            indicator: `${indicator.id}-group-trend${relative === 'values' ? '' : `-${relative}`}`,
            from: firstYear,
            to: lastYear,
          }}
        />
        <MemberTrendsSection
          relative={relative}
          area={area}
          memberCodes={group.memberCodes}
          series={series}
          indicator={indicator}
          areas={areas}
          firstYear={firstYear}
          lastYear={lastYear}
          sourceLine={buildSourceLine(series, indicator, manifest)}
        />
        <SmallMultiplesSection
          area={area}
          memberCodes={group.memberCodes}
          groupLabel={group.label}
          seriesById={seriesById}
          indicators={indicators}
          manifest={manifest}
        />
        <SimilarAreasSection
          area={area}
          areas={areas}
          indicators={indicators}
          similarity={similarity}
          dfeList={(neighbours.dfe2025[area.code] ?? []).map((n) => n.code)}
          selectedIds={similarityIds}
          onSelectedIdsChange={props.onSimilarityIdsChange}
          onUseAsGroup={() => update({ group: 'similar' })}
        />
      </div>
    </>
  )
}
