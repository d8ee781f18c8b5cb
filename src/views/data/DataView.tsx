import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import { buildCsv, slugify } from '../../charts/shared/buildCsv'
import { downloadText } from '../../charts/shared/download'
import { formatYear } from '../../charts/shared/format'
import { manifestQuery, neighboursQuery, seriesQuery } from '../../data/queries'
import type { Series } from '../../schema/series'
import { MAX_DATA_COMPARE } from '../../state/dashboardState'
import { useDashboardState } from '../../state/useDashboardState'
import { describeExclusion, splitForAverages } from '../../model/averageMembers'
import { loadOf, loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { nextSort, readSortParam, writeSortParam, type SortState } from '../shared/sorting'
import { StateNotices } from '../shared/StateNotices'
import { buildDataNotes, buildLongCsvRows, buildWideCsv, LONG_CSV_HEADER } from './buildDataCsv'
import {
  buildLongTable,
  buildWideTable,
  columnKey,
  countRenderedRows,
  sortLongRows,
  sortWideRows,
  toLongSortKey,
  toWideSortKey,
  type LongSortKey,
  type TableIndicator,
  type WideSortKey,
} from './buildDataTable'
import { describeTableSize, describeUnits, LongTable, WideTable } from './DataTable'
import { DataControls } from './DataControls'
import { resolveYearRange } from './resolveYearRange'
import { selectDataAreas } from './selectDataAreas'
import './dataView.css'

// Stable, so TanStack Query re-runs it (and hands back a new object) only when a series query changes.
const combineSeries = (results: UseQueryResult<Series>[]) => ({
  series: results.map((r) => r.data),
  queries: results,
})

const MEAN_NOTE =
  'Group mean: the mean of the authorities with a figure in that year (as in DfE’s LAIT), rounded as published; “n of m had data” says how many it is based on. It is not England’s figure.'
const TINY_NOTE =
  'City of London and Isles of Scilly are always left out of group means: their child populations are too small for stable rates.'

export function DataView() {
  const dashboard = useDashboardState({ maxCompare: MAX_DATA_COMPARE })
  const { state, catalogue } = dashboard
  const chosenIds = useMemo(
    () => (state.indicators.length > 0 ? state.indicators : [state.indicator]),
    [state.indicators, state.indicator],
  )
  const seriesResults = useQueries({
    queries: chosenIds.map((i) => ({ ...seriesQuery(i), enabled: catalogue !== null })),
    combine: combineSeries,
  })
  const neighbours = useQuery(neighboursQuery())
  const manifest = useQuery(manifestQuery())

  const range = useMemo(
    () =>
      catalogue
        ? resolveYearRange(
            chosenIds.map((i) => catalogue.coverage[i]),
            { from: state.from, to: state.to, year: state.year },
          )
        : null,
    [catalogue, chosenIds, state.from, state.to, state.year],
  )

  const selection = useMemo(() => {
    if (!catalogue || !range) return null
    return selectDataAreas({
      areas: catalogue.areas,
      group: state.group,
      areaCode: state.area,
      includeArea: state.self === 'yes',
      compare: state.compare,
      neighbours: neighbours.data ?? null,
      from: range.from,
      to: range.to,
    })
  }, [catalogue, range, state.group, state.area, state.self, state.compare, neighbours.data])

  const input = useMemo(() => {
    if (!catalogue || !selection || !range || !manifest.data) return null
    const indicators: TableIndicator[] = []
    chosenIds.forEach((indicatorId, k) => {
      const indicator = catalogue.indicators.find((i) => i.id === indicatorId)
      const series = seriesResults.series[k]
      if (indicator && series) indicators.push({ indicator, series })
    })
    if (indicators.length !== chosenIds.length) return null
    const split = selection.summary ? splitForAverages(selection.summary.memberCodes, catalogue.areas) : null
    const regionNames = new Map(catalogue.areas.map((a) => [a.regionCode, a.region]))
    const regionCodes = state.regions === 'yes' ? [...new Set(selection.areas.map((a) => a.regionCode))].sort() : []
    return {
      table: {
        indicators,
        sources: manifest.data.sources,
        areas: selection.areas,
        from: range.from,
        to: range.to,
        regions: regionCodes.map((code) => ({ code, name: regionNames.get(code) ?? code })),
        summary: selection.summary && split ? { label: selection.summary.label, memberCodes: split.included } : null,
      },
      exclusion: split ? describeExclusion(split.excluded) : null,
    }
  }, [catalogue, selection, range, manifest.data, seriesResults, chosenIds, state.regions])

  const long = useMemo(
    () => (input && state.layout === 'long' ? buildLongTable(input.table) : null),
    [input, state.layout],
  )
  const wide = useMemo(
    () => (input && state.layout === 'wide' ? buildWideTable(input.table) : null),
    [input, state.layout],
  )
  // The sort lives in the URL like every other choice; a key the current layout lacks leaves the table in its order.
  const sortParam = readSortParam(state.sort)
  const longSort: SortState<LongSortKey> = {
    key: sortParam ? toLongSortKey(sortParam.key) : null,
    direction: sortParam?.direction ?? 'ascending',
  }
  const wideSort: SortState<WideSortKey> = {
    key: sortParam && wide ? toWideSortKey(sortParam.key, wide.columns) : null,
    direction: sortParam?.direction ?? 'ascending',
  }
  const sortedLong = useMemo(
    () => (long && longSort.key ? sortLongRows(long.body, longSort.key, longSort.direction) : (long?.body ?? [])),
    [long, longSort.key, longSort.direction],
  )
  const sortedWide = useMemo(
    () =>
      wide && wideSort.key !== null ? sortWideRows(wide.body, wideSort.key, wideSort.direction) : (wide?.body ?? []),
    [wide, wideSort.key, wideSort.direction],
  )

  const header = (
    <>
      <title>Data – CSC Explorer</title>
      <h1>Data</h1>
      <p className="lead">
        Choose indicators, authorities and years, then sort the table or download exactly what it shows as CSV. The link
        in the address bar reopens the same table.
      </p>
    </>
  )
  if (!catalogue)
    return (
      <PendingPage header={header} load={loadOfDashboard(dashboard)}>
        Loading the list of indicators…
      </PendingPage>
    )

  const firstIndicator = catalogue.indicators.find((i) => i.id === chosenIds[0])
  const yearText = !range
    ? ''
    : range.from === range.to
      ? chosenIds.length === 1 && firstIndicator
        ? formatYear(range.from, firstIndicator.yearType)
        : String(range.from)
      : `${range.from} to ${range.to}`
  const indicatorText =
    chosenIds.length === 1 && firstIndicator ? firstIndicator.label : `${chosenIds.length} indicators`
  const title = selection ? `${indicatorText}, ${selection.description}, ${yearText}` : ''
  const rowNotes = [
    ...(selection?.notes ?? []),
    ...(input?.table.summary ? [MEAN_NOTE, input.exclusion ?? TINY_NOTE] : []),
  ]
  const figuresLoad = loadOf([...seriesResults.queries, neighbours, manifest])

  const download = () => {
    if (!input || !manifest.data || !range) return
    const notes = buildDataNotes({
      title,
      indicators: input.table.indicators,
      manifest: manifest.data,
      from: range.from,
      to: range.to,
      rowNotes,
    })
    const csv = long
      ? { header: [...LONG_CSV_HEADER], rows: buildLongCsvRows([...sortedLong, ...long.reference]) }
      : wide
        ? buildWideCsv(wide.columns, [...sortedWide, ...wide.reference])
        : null
    if (csv) downloadText(buildCsv(csv.header, csv.rows, notes), `${slugify(title)}.csv`, 'text/csv;charset=utf-8')
  }

  const setSort = (next: SortState<unknown>, key: string) =>
    dashboard.update({ sort: writeSortParam(key, next.direction) }, { replace: true })

  const table = long ?? wide
  const total = long ? sortedLong.length : sortedWide.length
  const cellsPerRow = long ? 7 : 2 + (wide?.columns.length ?? 0)
  const rendered = countRenderedRows(total, cellsPerRow)

  return (
    <>
      {header}
      <StateNotices notices={dashboard.notices} />
      {range && range.notices.length > 0 && (
        <div className="notification-banner" role="region" aria-label="Year range notices">
          <ul>
            {range.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <DataControls
        catalogue={catalogue}
        state={state}
        listedGroup={selection?.group ?? state.group}
        chosenIds={chosenIds}
        range={range}
        update={dashboard.update}
      />

      {!range && !figuresLoad.error ? (
        <p>The chosen indicators have no figures yet.</p>
      ) : figuresLoad.error || !table || !input ? (
        <PendingPage load={figuresLoad}>Loading the figures…</PendingPage>
      ) : (
        <div>
          <h2>{title}</h2>
          <p>
            {describeTableSize(input.table.areas.length, table.columns.length)}; England
            {input.table.regions.length ? ', the regions' : ''}
            {input.table.summary ? ' and the group mean' : ''} after them. {describeUnits(table.columns)}.
          </p>
          {rowNotes.length > 0 && (
            <ul className="data-notes">
              {rowNotes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <button type="button" className="button no-print" onClick={download}>
            Download CSV
          </button>
          {rendered < total && (
            <p className="inset" role="status">
              Showing the first {rendered.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} rows so the page
              stays responsive; download the CSV for the full table (all rows, in this order).
            </p>
          )}
          {long ? (
            <LongTable
              caption={title}
              body={sortedLong.slice(0, rendered)}
              reference={long.reference}
              sort={longSort}
              onSort={(key) => setSort(nextSort(longSort, key), key)}
            />
          ) : wide ? (
            <WideTable
              caption={title}
              columns={wide.columns}
              body={sortedWide.slice(0, rendered)}
              reference={wide.reference}
              sort={wideSort}
              onSort={(key) =>
                setSort(
                  nextSort(wideSort, key),
                  typeof key === 'number' ? (wide.columns[key] ? columnKey(wide.columns[key]) : 'area') : key,
                )
              }
            />
          ) : null}
        </div>
      )}
    </>
  )
}
