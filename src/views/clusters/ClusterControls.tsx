import { useId } from 'react'
import type { Indicator } from '../../schema/indicators'
import { MAX_CLUSTERS, MIN_CLUSTERS } from '../../state/dashboardState'
import type { DashboardStateHandle } from '../../state/useDashboardState'
import { IndicatorPicker } from '../shared/IndicatorPicker'
import type { ClusterYears } from './clusterChoices'

const CLUSTER_COUNTS = Array.from({ length: MAX_CLUSTERS - MIN_CLUSTERS + 1 }, (_, i) => MIN_CLUSTERS + i)

/**
 * The /clusters choices: indicators, what is compared (levels in a year, or change per year over a range), the years
 * and the number of clusters. Every choice goes into the URL, so a link reopens the same clusters.
 */
export function ClusterControls({
  indicators,
  chosenIds,
  onIndicatorsChange,
  years,
  clusters,
  update,
}: {
  indicators: readonly Indicator[]
  chosenIds: readonly string[]
  onIndicatorsChange: (ids: string[]) => void
  years: ClusterYears | null
  clusters: number
  update: DashboardStateHandle['update']
}) {
  const id = useId()
  const basis = years?.basis
  const yearSelect = (
    which: 'year' | 'from' | 'to',
    label: string,
    value: number,
    offered: readonly number[],
    choose: (year: number) => void,
  ) => (
    <div className="form-group">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select id={`${id}-${which}`} className="select" value={value} onChange={(e) => choose(Number(e.target.value))}>
        {offered.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form className="cluster-controls" onSubmit={(e) => e.preventDefault()}>
      <IndicatorPicker indicators={indicators} chosen={chosenIds} onChange={onIndicatorsChange} />
      <fieldset className="radios">
        <legend>Compare authorities on</legend>
        {(
          [
            ['levels', 'Their figures in one year'],
            ['change', 'Their average change per year over a range of years'],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind}>
            <input
              type="radio"
              name={`${id}-basis`}
              value={kind}
              checked={(basis?.kind ?? 'levels') === kind}
              onChange={() => update({ basis: kind })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {years && basis && (
        <div className="controls">
          {basis.kind === 'levels' ? (
            yearSelect('year', 'Year', basis.year, years.offered, (year) => update({ year }))
          ) : (
            <>
              {yearSelect('from', 'From year', basis.from, years.offered.slice(0, -1), (from) =>
                // Built on the latest requested state, so a quick change of both ends keeps both. A start at or after
                // the end moves the end to the next year offered, so the range stays a range.
                update((latest) => {
                  const to = latest.to ?? basis.to
                  return { from, to: to > from ? to : (years.offered.find((y) => y > from) ?? to) }
                }),
              )}
              {yearSelect(
                'to',
                'To year',
                basis.to,
                years.offered.filter((y) => y > basis.from),
                (to) => update((latest) => ({ from: latest.from ?? basis.from, to })),
              )}
            </>
          )}
          <div className="form-group">
            <label htmlFor={`${id}-k`}>Number of clusters</label>
            <select
              id={`${id}-k`}
              className="select"
              value={clusters}
              onChange={(e) => update({ clusters: Number(e.target.value) })}
            >
              {CLUSTER_COUNTS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <p className="hint">
        Years end on 31 March (or are editions). Where an indicator has no figures for the year chosen, its latest
        earlier figures are used; the table under the dendrogram says which.
      </p>
    </form>
  )
}
