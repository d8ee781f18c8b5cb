import { useQueries, useQuery } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { CategoryMixChart } from '../../charts/mix/CategoryMixChart'
import { buildTrendSeries } from '../../charts/trend/buildTrendSeries'
import { TrendChart } from '../../charts/trend/TrendChart'
import { deflatorsQuery, manifestQuery, neighboursQuery, seriesQuery } from '../../data/queries'
import type { Area } from '../../schema/areas'
import type { Deflator } from '../../schema/deflators'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { useDashboardState } from '../../state/useDashboardState'
import { describeExclusion, splitForAverages } from '../../model/averageMembers'
import { spendingCatalogue, spendingSeriesIds, subjectOf, type SpendingCatalogue } from '../../model/indicators'
import { lastYearShown } from '../../model/lifetimes'
import { buildProfileTrendLines } from '../shared/buildProfileTrendLines'
import { loadOf, loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'
import { resolveRouteArea } from '../shared/resolveRouteArea'
import { StateNotices } from '../shared/StateNotices'
import {
  buildCategoryMix,
  buildRealTermsSeries,
  formatFinancialYear,
  latestSpendYear,
  markCashYears,
  shortDeflatorName,
  SPENDING_YEAR_TYPE,
} from './spendingModel'

const FIRST_YEAR = 2010
const YEAR_LABEL = 'Financial year ending March'
/** /spending/:code: an authority's children's services spending over time, by category, in real terms. */
export function SpendingView() {
  const { code = '' } = useParams()
  const dashboard = useDashboardState()
  const neighbours = useQuery(neighboursQuery())
  const deflators = useQuery(deflatorsQuery())
  const manifest = useQuery(manifestQuery())
  // Which figures the page draws comes from the catalogue's spending roles: per-child (published, GDP deflator), cash
  // totals (for another price index and the mix), shares and the child population.
  const spending = useMemo(
    () => (dashboard.catalogue ? spendingCatalogue(dashboard.catalogue.indicators) : null),
    [dashboard.catalogue],
  )
  const seriesIds = spending ? spendingSeriesIds(spending) : []
  const results = useQueries({ queries: seriesIds.map((id) => seriesQuery(id)) })

  if (!dashboard.catalogue)
    return <PendingPage load={loadOfDashboard(dashboard)}>Loading the spending figures…</PendingPage>
  const { areas } = dashboard.catalogue
  const route = resolveRouteArea(areas, code, (c) => `/spending/${c}${dashboard.searchFor()}`)
  if (!route.area) return route.page
  const { area } = route
  if (!spending) return <p>The catalogue lists no spending figures for children's services.</p>
  const load = loadOf([neighbours, deflators, manifest, ...results])
  if (load.error || !neighbours.data || !deflators.data || !manifest.data || results.some((r) => !r.data))
    return <PendingPage load={load}>Loading the spending figures for {area.name}…</PendingPage>

  const seriesById = new Map<string, Series>()
  results.forEach((r, i) => r.data && seriesById.set(seriesIds[i] ?? '', r.data))
  const deflator =
    deflators.data.deflators.find((d) => d.id === dashboard.state.deflator) ??
    deflators.data.deflators.find((d) => d.id === deflators.data.default)
  const gdp = deflators.data.deflators.find((d) => d.id === 'gdp')
  const neighbourList = neighbours.data.dfe2025[area.code] ?? neighbours.data.dfe2021[area.code] ?? []
  if (!deflator || !gdp) return <p>The price indices needed for real terms have not been published.</p>
  return (
    <SpendingBody
      area={area}
      areas={areas}
      spending={spending}
      seriesById={seriesById}
      neighbourCodes={neighbourList.map((n) => n.code)}
      deflator={deflator}
      deflators={deflators.data.deflators}
      manifest={manifest.data}
      dashboard={dashboard}
    />
  )
}

function SpendingBody(props: {
  area: Area
  areas: readonly Area[]
  spending: SpendingCatalogue
  seriesById: Map<string, Series>
  neighbourCodes: string[]
  deflator: Deflator
  deflators: readonly Deflator[]
  manifest: Manifest
  dashboard: ReturnType<typeof useDashboardState>
}) {
  const { area, areas, spending, seriesById, deflator, manifest, dashboard } = props
  const id = useId()
  const { included: neighbourCodes, excluded } = useMemo(
    () => splitForAverages(props.neighbourCodes, areas),
    [props.neighbourCodes, areas],
  )
  const exclusionNote = describeExclusion(excluded)
  const population = seriesById.get(spending.total.population.id)
  const cashTotal = seriesById.get(spending.total.cash.id)
  const lastYear = lastYearShown(area, Math.max(...(cashTotal?.years ?? [FIRST_YEAR])))
  const usesPublished = deflator.id === 'gdp'
  const baseFy = formatFinancialYear(deflator.baseYear)
  const indexName = shortDeflatorName(deflator)
  const valueLabel = `£ per child, ${baseFy} prices`
  const cashNote = `cash: the ${indexName} stops in ${baseFy}`

  // A per-child line set for one category: the published GDP series, or the same computed with the chosen index.
  const perChild = (indicator: Indicator, cashIndicator: Indicator) => {
    const published = seriesById.get(indicator.id)
    const cash = seriesById.get(cashIndicator.id)
    if (!published || !cash || !population) return null
    const computed = usesPublished
      ? { series: published, cashFrom: null }
      : buildRealTermsSeries({ id: indicator.id, cash, population, deflator })
    const cashFrom = computed.cashFrom !== null && computed.cashFrom <= lastYear ? computed.cashFrom : null
    const lines = markCashYears(
      buildProfileTrendLines({
        series: computed.series,
        area,
        compare: [],
        neighbourCodes,
        areas,
        yearType: SPENDING_YEAR_TYPE,
      }),
      cashFrom,
      cashNote,
    )
    const model = buildTrendSeries(lines, {
      firstYear: FIRST_YEAR,
      lastYear,
      ...(cashFrom !== null ? { breakAt: cashFrom } : {}),
      methodBreaks: indicator.breaks,
    })
    const sourceLine = usesPublished
      ? buildSourceLine(published, indicator, manifest)
      : `${buildSourceLine(cash, cashIndicator, manifest)} Per child: ONS mid-year estimates of children 0-17.`
    const realTerms = `Real terms: ${deflator.label}, base ${baseFy} = 100${cashFrom !== null ? `; ${formatFinancialYear(cashFrom)} onwards in cash (the index is never extrapolated)` : ''}.`
    return { model, indicator, cashFrom, sourceLine: `${sourceLine} ${realTerms}` }
  }

  const charts = [spending.total, ...spending.categories].map((c) => ({ ...c, name: `${subjectOf(c.cash)} spend` }))
  const mixYear = cashTotal ? latestSpendYear(cashTotal, area) : null
  const mixParts = [...spending.categories.map((c) => c.cash), ...spending.others]
  const categorySeries = mixParts.map((part) => seriesById.get(part.id))
  const mixRows =
    mixYear !== null && cashTotal && categorySeries.every((s): s is Series => s !== undefined)
      ? buildCategoryMix({
          year: mixYear,
          areaCode: area.code,
          areaName: area.name,
          neighbourCodes,
          categories: categorySeries,
          total: cashTotal,
        })
      : null
  const cashIndicator = spending.total.cash

  return (
    <>
      <title>{`Spending: ${area.name} – CSC Explorer`}</title>
      <span className="caption">
        {area.region} · {area.type} · {area.code}
      </span>
      <h1>Children's services spending: {area.name}</h1>
      <StateNotices notices={dashboard.notices} />
      <p className="lead">
        Gross expenditure on children and young people's services (Section 251 outturn) per child aged 0 to 17, in real
        terms, with the mean of {area.name}'s statistical neighbours and England.{' '}
        <Link to={`/area/${area.code}${dashboard.searchFor()}`}>Back to the {area.name} profile</Link>.
      </p>
      <form className="no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Price index for real terms</legend>
          <div className="checkboxes">
            {props.deflators.map((d) => (
              <label key={d.id}>
                <input
                  type="radio"
                  name={`${id}-deflator`}
                  value={d.id}
                  checked={d.id === deflator.id}
                  onChange={() => dashboard.update({ deflator: d.id }, { replace: true })}
                />
                {d.label}, {formatFinancialYear(d.baseYear)} prices
                {d.id === 'gdp' ? ' (default)' : " (the CWIP App's index)"}
              </label>
            ))}
          </div>
          {!usesPublished && (
            <p className="hint">
              The {indexName} stops in {baseFy}: later years are shown in cash and labelled so, never extrapolated.
            </p>
          )}
        </fieldset>
      </form>
      <p className="hint">
        Neighbours: the mean of {area.name}'s DfE statistical neighbours with a figure for the year.
        {exclusionNote && ` ${exclusionNote}`} Gaps (a year without a published figure or population) stay gaps. FY
        2009-10 is kept but marked as not comparable: that year&apos;s total leaves out early years and services for
        young people, so the total and the looked-after share break between FY 2009-10 and FY 2010-11.
      </p>
      <h2>Spending per child over time</h2>
      {charts.map((c) => {
        const chart = perChild(c.perChild, c.cash)
        if (!chart) return null
        return (
          <TrendChart
            key={c.perChild.id}
            model={chart.model}
            title={`${c.name} per child in real terms (${baseFy} prices, ${indexName}): ${area.name}, its statistical neighbours and England, ${FIRST_YEAR} to ${lastYear}`}
            spec={chart.indicator}
            sourceLine={chart.sourceLine}
            licenceLine={LICENCE_LINE}
            valueLabel={valueLabel}
            yearLabel={YEAR_LABEL}
            name={{ authority: area.name, indicator: c.perChild.id, from: FIRST_YEAR, to: lastYear }}
            {...(chart.cashFrom !== null ? { divider: { year: chart.cashFrom, label: 'Cash from here →' } } : {})}
          />
        )
      })}
      <h2>How the spending splits</h2>
      {mixRows && mixYear !== null && cashTotal ? (
        <CategoryMixChart
          rows={mixRows}
          categories={mixParts.map(subjectOf)}
          title={`Children and young people's services spend by category, ${formatFinancialYear(mixYear)} (cash): ${area.name}, its statistical neighbours (mean share) and England`}
          sourceLine={buildSourceLine(cashTotal, cashIndicator, manifest, [mixYear])}
          licenceLine={LICENCE_LINE}
          name={{ authority: area.name, indicator: 'spend-by-category', from: mixYear }}
        />
      ) : (
        <p>No spending figures have been published for {area.name}.</p>
      )}
      {spending.shares.map((shareIndicator) => {
        const shareSeries = seriesById.get(shareIndicator.id)
        if (!shareSeries) return null
        return (
          <TrendChart
            key={shareIndicator.id}
            model={buildTrendSeries(
              buildProfileTrendLines({
                series: shareSeries,
                area,
                compare: [],
                neighbourCodes,
                areas,
                yearType: SPENDING_YEAR_TYPE,
              }),
              { firstYear: FIRST_YEAR, lastYear, methodBreaks: shareIndicator.breaks },
            )}
            title={`${shareIndicator.label}: ${area.name}, its statistical neighbours and England, ${FIRST_YEAR} to ${lastYear}`}
            spec={shareIndicator}
            sourceLine={buildSourceLine(shareSeries, shareIndicator, manifest)}
            licenceLine={LICENCE_LINE}
            valueLabel="% of CYP services spend"
            yearLabel={YEAR_LABEL}
            name={{ authority: area.name, indicator: shareIndicator.id, from: FIRST_YEAR, to: lastYear }}
          />
        )
      })}
      <p>
        How these figures are derived, and how the categories changed over the years:{' '}
        <Link to="/methods">sources and methods</Link>.
      </p>
    </>
  )
}
