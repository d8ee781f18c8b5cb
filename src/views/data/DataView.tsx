import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { buildCsv, slugify } from '../../charts/shared/buildCsv'
import { downloadText } from '../../charts/shared/download'
import { formatNumber, formatValue, formatYear, unitHeading } from '../../charts/shared/format'
import { manifestQuery, neighboursQuery, seriesQuery } from '../../data/queries'
import { FLAG_LABELS } from '../../schema/flags'
import { GROUP_LABELS, GROUPS, type GroupId } from '../../state/dashboardState'
import { useDashboardState } from '../../state/useDashboardState'
import { LoadError, Loading } from '../shared/QueryStatus'
import { buildSourceLine, LICENCE_LINE } from '../shared/sourceLine'
import { StateNotices } from '../shared/StateNotices'
import {
  buildDataCsvRows,
  buildDataRows,
  selectAreas,
  sortDataRows,
  type SortDirection,
  type SortKey,
} from './buildDataTable'

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'areaName', label: 'Authority' },
  { key: 'region', label: 'Region' },
  { key: 'value', label: 'Value', numeric: true },
]

export function DataView() {
  const id = useId()
  const dashboard = useDashboardState()
  const { state, catalogue } = dashboard
  const series = useQuery({ ...seriesQuery(state.indicator), enabled: catalogue !== null })
  const neighbours = useQuery(neighboursQuery())
  const manifest = useQuery(manifestQuery())
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'areaName',
    direction: 'ascending',
  })

  const indicator = catalogue?.indicators.find((i) => i.id === state.indicator)
  const year = state.year ?? series.data?.years[series.data.years.length - 1] ?? null
  const rows = useMemo(() => {
    if (!catalogue || !series.data || year === null) return []
    const areas = selectAreas(catalogue.areas, state.group, state.area, neighbours.data ?? null)
    return buildDataRows(series.data, areas, year)
  }, [catalogue, series.data, year, state.group, state.area, neighbours.data])
  const sorted = useMemo(() => sortDataRows(rows, sort.key, sort.direction), [rows, sort])

  const header = (
    <>
      <title>Data – CSC Explorer</title>
      <h1>Data</h1>
      <p className="lead">
        Choose an indicator, a year and a group of authorities, then sort the table or download it.
      </p>
    </>
  )
  if (dashboard.status === 'error' && dashboard.error)
    return (
      <>
        {header}
        <LoadError error={dashboard.error} onRetry={dashboard.retry} />
      </>
    )
  if (!catalogue)
    return (
      <>
        {header}
        <Loading>Loading the list of indicators…</Loading>
      </>
    )
  const failed = [series, neighbours, manifest].find((q) => q.error)

  const currentAreas = catalogue.areas
    .filter((a) => a.status === 'current')
    .sort((a, b) => a.name.localeCompare(b.name))
  const chosenArea = catalogue.areas.find((a) => a.code === state.area)
  const groupText =
    !chosenArea || state.group === 'all'
      ? 'all authorities'
      : state.group === 'region'
        ? `authorities in ${chosenArea.region}`
        : `${chosenArea.name} and its statistical neighbours`
  const title =
    indicator && year !== null ? `${indicator.label}, ${groupText}, ${formatYear(year, indicator.yearType)}` : ''
  const sourceLine =
    series.data && indicator && manifest.data && year !== null
      ? buildSourceLine(series.data, indicator, manifest.data, [year])
      : ''
  const englandIndex = series.data && year !== null ? series.data.years.indexOf(year) : -1
  const england = englandIndex >= 0 ? (series.data?.england[englandIndex] ?? null) : null

  return (
    <>
      {header}
      <StateNotices notices={dashboard.notices} />
      <form className="no-print" onSubmit={(e) => e.preventDefault()}>
        <div className="form-group">
          <label htmlFor={`${id}-indicator`}>Indicator</label>
          <select
            id={`${id}-indicator`}
            value={state.indicator}
            onChange={(e) => dashboard.update({ indicator: e.target.value, year: null })}
          >
            {catalogue.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.shortLabel} ({i.topic})
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor={`${id}-year`}>Year</label>
          <select
            id={`${id}-year`}
            value={state.year ?? ''}
            onChange={(e) => dashboard.update({ year: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">Latest</option>
            {[...(series.data?.years ?? [])].reverse().map((y) => (
              <option key={y} value={y}>
                {indicator ? formatYear(y, indicator.yearType) : y}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor={`${id}-area`}>Authority (for region and neighbour groups)</label>
          <select
            id={`${id}-area`}
            value={state.area ?? ''}
            onChange={(e) => dashboard.update({ area: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">None chosen</option>
            {currentAreas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Authorities to list</legend>
          <div className="checkboxes">
            {GROUPS.map((g: GroupId) => (
              <label key={g}>
                <input
                  type="radio"
                  name={`${id}-group`}
                  value={g}
                  checked={state.group === g}
                  disabled={g !== 'all' && !chosenArea}
                  onChange={() => dashboard.update({ group: g })}
                />
                {GROUP_LABELS[g]}
              </label>
            ))}
          </div>
          {!chosenArea && <p className="hint">Choose an authority to list its region or its neighbours.</p>}
        </fieldset>
      </form>
      {failed?.error ? (
        <LoadError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : series.isPending || !indicator || year === null ? (
        <Loading>Loading the figures…</Loading>
      ) : (
        <>
          <h2>{title}</h2>
          <p>
            {rows.length} authorities; {rows.filter((r) => r.value !== null).length} with a figure.{' '}
            {england !== null && `England: ${formatValue(england, indicator)}.`}
          </p>
          <p className="chart__source">
            {sourceLine} {LICENCE_LINE}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              const csv = buildDataCsvRows(sorted, indicator.id)
              downloadText(
                buildCsv(csv.header, csv.rows, [title, `Unit: ${unitHeading(indicator)}`, sourceLine, LICENCE_LINE]),
                `${slugify(title)}.csv`,
                'text/csv;charset=utf-8',
              )
            }}
          >
            Download CSV
          </button>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{title}. Column headers with buttons are sortable.</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  {COLUMNS.map((c) => (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.numeric ? 'num' : undefined}
                      aria-sort={sort.key === c.key ? sort.direction : 'none'}
                    >
                      <button
                        type="button"
                        className="sort"
                        onClick={() =>
                          setSort((s) => ({
                            key: c.key,
                            direction: s.key === c.key && s.direction === 'ascending' ? 'descending' : 'ascending',
                          }))
                        }
                      >
                        {c.label}
                        {c.numeric ? ` (${unitHeading(indicator)})` : ''}
                        <span aria-hidden="true">
                          {sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sorted.map((r) => (
                  <tr key={r.areaCode}>
                    <td>{r.areaCode}</td>
                    <th scope="row">{r.areaName}</th>
                    <td>{r.region}</td>
                    <td className="num">
                      {r.value !== null
                        ? indicator.unit === 'rate per 10,000'
                          ? formatNumber(r.value, indicator.decimals)
                          : formatValue(r.value, indicator)
                        : `– (${r.flag ? FLAG_LABELS[r.flag] : 'no figure'})`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  )
}
