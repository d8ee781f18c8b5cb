import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { formatYear, type FormatSpec } from '../../charts/shared/format'
import { buildTrendSeries, type MethodBreak } from '../../charts/trend/buildTrendSeries'
import { TrendChart } from '../../charts/trend/TrendChart'
import { manifestQuery, neighboursQuery, seriesQuery } from '../../data/queries'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Neighbour } from '../../schema/neighbours'
import type { Series } from '../../schema/series'
import { useDashboardState } from '../../state/useDashboardState'
import { loadOf, loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'
import { describeExclusion, splitForAverages } from '../../model/averageMembers'
import { lastYearShown } from '../../model/lifetimes'
import { buildProfileTrendLines } from '../shared/buildProfileTrendLines'
import { resolveRouteArea } from '../shared/resolveRouteArea'
import { StateNotices } from '../shared/StateNotices'
import { buildDeprivationEditions, DEPRIVATION_EDITION_IDS } from './buildDeprivationEditions'
import { buildHeadlineFigure } from './buildHeadlineFigure'
import { idsWithRole, indicatorsWithRole } from '../../model/indicators'
import { DeprivationEditionsTable } from './DeprivationEditionsTable'
import { HeadlineFigureCard } from './HeadlineFigureCard'
import { TopicSections } from './TopicSections'
import { BANDING_METHOD } from '../../model/quartileBands'
import { NeighbourList } from './NeighbourList'
import { ProfileLinks } from './ProfileLinks'
import { OfflineAuthorityButton } from '../shared/OfflineAuthorityButton'
import { buildFiveYearTable } from './buildFiveYearTable'
import { FiveYearTables } from './FiveYearTables'

const FIRST_TREND_YEAR = 2010
const NO_AREAS: readonly Area[] = []

export function AreaProfileView() {
  const { code = '' } = useParams()
  const dashboard = useDashboardState()
  const neighbours = useQuery(neighboursQuery())
  // The headline figures and the trend charts (the catalogue's roles), and the IMD editions table's figures.
  const indicators = dashboard.catalogue?.indicators ?? []
  const published = new Set(indicators.map((i) => i.id))
  const wanted = [
    ...new Set([
      ...idsWithRole(indicators, 'headline'),
      ...idsWithRole(indicators, 'profileTrend'),
      ...DEPRIVATION_EDITION_IDS.filter((id) => published.has(id)),
    ]),
  ]
  const seriesResults = useQueries({ queries: wanted.map((id) => seriesQuery(id)) })

  if (!dashboard.catalogue)
    return <PendingPage load={loadOfDashboard(dashboard)}>Loading the authority profile…</PendingPage>
  const { areas } = dashboard.catalogue
  const route = resolveRouteArea(areas, code, (c) => `/area/${c}${dashboard.searchFor()}`)
  if (!route.area) return route.page
  const { area } = route
  const load = loadOf([neighbours, ...seriesResults])
  if (load.pending || load.error) return <PendingPage load={load}>Loading the figures for {area.name}…</PendingPage>

  const seriesById = new Map<string, Series>()
  seriesResults.forEach((r, i) => r.data && seriesById.set(wanted[i] ?? '', r.data))
  const neighbourList = neighbours.data?.dfe2025[area.code] ?? neighbours.data?.dfe2021[area.code] ?? []
  const neighbourListName = neighbours.data?.dfe2025[area.code]
    ? 'DfE statistical neighbours (May 2025)'
    : 'DfE statistical neighbours (April 2021)'
  return (
    <ProfileBody
      area={area}
      seriesById={seriesById}
      neighbourList={neighbourList}
      neighbourListName={neighbourListName}
      dashboard={dashboard}
    />
  )
}

function ProfileBody({
  area,
  seriesById,
  neighbourList,
  neighbourListName,
  dashboard,
}: {
  area: Area
  seriesById: Map<string, Series>
  neighbourList: Neighbour[]
  neighbourListName: string
  dashboard: ReturnType<typeof useDashboardState>
}) {
  const catalogue = dashboard.catalogue
  const manifestSources = useManifestSources()
  const areas = catalogue?.areas ?? NO_AREAS
  // Averages leave out City of London and Isles of Scilly (docs/architecture.md, "Authorities and geography"); the list of neighbours still shows them.
  const { included: neighbourCodes, excluded: excludedNeighbours } = useMemo(
    () =>
      splitForAverages(
        neighbourList.map((n) => n.code),
        areas,
      ),
    [neighbourList, areas],
  )
  const exclusionNote = describeExclusion(excludedNeighbours)
  const indicators = catalogue?.indicators ?? []
  const compareCodes = dashboard.state.compare
  const compareAreas = useMemo(
    () => compareCodes.map((c) => areas.find((a) => a.code === c)).filter((a): a is Area => a !== undefined),
    [compareCodes, areas],
  )

  const trendIndicators = indicatorsWithRole(indicators, 'profileTrend')
  const figures = indicatorsWithRole(indicators, 'headline').flatMap((indicator) => {
    const series = seriesById.get(indicator.id)
    if (!series) return []
    const figure = buildHeadlineFigure({
      indicator,
      series,
      area,
      neighbourCodes,
      sources: manifestSources.sources,
      areas,
    })
    return figure ? [figure] : []
  })
  const fiveYearTables = indicatorsWithRole(indicators, 'headline').flatMap((indicator) => {
    const series = seriesById.get(indicator.id)
    const table = series ? buildFiveYearTable({ indicator, series, area, neighbourCodes }) : null
    return table && series && manifestSources.manifest
      ? [{ table, source: buildSourceLine(series, indicator, manifestSources.manifest, table.years) }]
      : []
  })
  const editions = buildDeprivationEditions(seriesById, area)
  const lastTrendYear = lastYearShown(
    area,
    Math.max(...trendIndicators.flatMap((i) => seriesById.get(i.id)?.years ?? [FIRST_TREND_YEAR])),
  )

  return (
    <>
      <title>{`${area.name} – CSC Explorer`}</title>
      <span className="caption">
        {area.region} · {area.type} · {area.code} · DfE LA number {area.laNumber}
      </span>
      <h1>{area.name}</h1>
      <StateNotices notices={dashboard.notices} />
      {area.status === 'current' && (
        <p className="no-print">
          <Link className="button button--secondary" to={`/briefing/new/${area.code}`}>
            Make a local-picture briefing for {area.name}
          </Link>{' '}
          <Link className="button button--secondary" to={`/present/${area.code}`}>
            Present the local picture
          </Link>
        </p>
      )}
      {area.status === 'current' && <OfflineAuthorityButton areaCode={area.code} areaName={area.name} />}
      {area.status === 'former' && (
        <div className="inset">
          {area.name} was abolished
          {area.lastYear ? ` after ${formatYear(area.lastYear, '31 March')}` : ''}. Its area is now covered by{' '}
          {(area.successors ?? []).map((s, i) => (
            <span key={s}>
              {i > 0 ? ' and ' : ''}
              <Link to={`/area/${s}`}>{areas.find((a) => a.code === s)?.name ?? s}</Link>
            </span>
          ))}
          .
        </div>
      )}
      {area.excludedFromAverages && (
        <p className="inset">
          {area.name} has a very small child population, so its rates vary a lot from year to year; it is left out of
          averages and rankings.
        </p>
      )}
      <h2>Latest figures</h2>
      <p className="hint">
        Neighbours: the mean of {area.name}'s {neighbourListName} that have a figure for the year, as in DfE's LAIT.
        {exclusionNote && ` ${exclusionNote}`} {BANDING_METHOD}
      </p>
      {figures.length === 0 ? (
        <p>No figures have been published for {area.name} yet.</p>
      ) : (
        <ul className="figures">
          {figures.map((f) => (
            <HeadlineFigureCard key={f.indicator.id} figure={f} areaName={area.name} />
          ))}
        </ul>
      )}
      <ProfileLinks area={area} searchFor={dashboard.searchFor} />
      <FiveYearTables
        area={area}
        tables={fiveYearTables.map((t) => t.table)}
        sourceLines={fiveYearTables.map((t) => t.source)}
      />
      <DeprivationEditionsTable
        areaName={area.name}
        areaCode={area.code}
        editions={editions}
        canMapNeighbourhoods={area.status === 'current'}
      />
      <h2>Trends since {FIRST_TREND_YEAR}</h2>
      {exclusionNote && <p className="hint">Statistical neighbours (mean): {exclusionNote}</p>}
      {/* On paper the trends print two to a row, each drawn for its column (useChartWidth). */}
      <div className="print-two-up">
        {trendIndicators.map((indicator) => {
          const series = seriesById.get(indicator.id)
          if (!series || !manifestSources.manifest) return null
          return (
            <ProfileTrend
              key={indicator.id}
              area={area}
              areas={areas}
              compare={compareAreas}
              neighbourCodes={neighbourCodes}
              series={series}
              indicatorLabel={indicator.shortLabel}
              spec={indicator}
              methodBreaks={indicator.breaks}
              yearType={indicator.yearType}
              lastYear={lastTrendYear}
              sourceLine={buildSourceLine(series, indicator, manifestSources.manifest)}
            />
          )
        })}
      </div>
      {/* Its topics open on demand, and print leaves closed disclosures out: on paper the heading would stand alone. */}
      <section aria-labelledby="every-indicator-title" className="no-print">
        <h2 id="every-indicator-title">Every indicator, by topic</h2>
        <p className="hint">
          Open a topic to see {area.name}'s latest figure for each of its indicators; each name links to the comparison
          with its statistical neighbours. Ranks are left out here, and counts get no quartile band.
        </p>
        <TopicSections area={area} areas={areas} indicators={indicators} />
      </section>
      <h2>Statistical neighbours</h2>
      <NeighbourList neighbours={neighbourList} areas={areas} listName={neighbourListName} />
    </>
  )
}

function ProfileTrend(props: {
  area: Area
  areas: readonly Area[]
  compare: Area[]
  neighbourCodes: string[]
  series: Series
  indicatorLabel: string
  spec: FormatSpec
  /** The indicator's method breaks: lines are broken and the break marked. */
  methodBreaks: readonly MethodBreak[] | undefined
  yearType: Indicator['yearType']
  lastYear: number
  sourceLine: string
}) {
  const { area, areas, compare, neighbourCodes, series, lastYear, methodBreaks, yearType } = props
  const model = useMemo(
    () =>
      buildTrendSeries(buildProfileTrendLines({ series, area, compare, neighbourCodes, areas, yearType }), {
        firstYear: FIRST_TREND_YEAR,
        lastYear,
        methodBreaks,
      }),
    [series, area, compare, neighbourCodes, areas, lastYear, methodBreaks, yearType],
  )
  return (
    <TrendChart
      model={model}
      title={`${props.indicatorLabel}: ${area.name}, its statistical neighbours and England, ${FIRST_TREND_YEAR} to ${lastYear}`}
      spec={props.spec}
      sourceLine={props.sourceLine}
      licenceLine={LICENCE_LINE}
      name={{ authority: area.name, indicator: series.id, from: FIRST_TREND_YEAR, to: lastYear }}
    />
  )
}

function useManifestSources() {
  const manifest = useQuery(manifestQuery())
  return { manifest: manifest.data ?? null, sources: manifest.data?.sources ?? [] }
}
