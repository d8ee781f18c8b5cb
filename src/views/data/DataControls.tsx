import { useId } from 'react'
import type { DashboardCatalogue, DashboardState } from '../../state/dashboardState'
import { GROUP_LABELS, GROUPS, type GroupId } from '../../model/comparatorGroups'
import type { DashboardStateHandle } from '../../state/useDashboardState'
import { AreaPicker } from '../shared/AreaPicker'
import { AreaMultiSelect } from './AreaMultiSelect'
import { IndicatorPicker } from '../shared/IndicatorPicker'
import { listYears, type YearRange } from './resolveYearRange'

/**
 * The /data choices: indicators, years, the authorities to list and the layout. Every change goes into the URL, so
 * the link reopens the same table.
 */
export function DataControls({
  catalogue,
  state,
  listedGroup,
  chosenIds,
  range,
  update,
}: {
  catalogue: DashboardCatalogue
  state: DashboardState
  /** The group the table actually lists: "all" while a group that needs an authority has none chosen. */
  listedGroup: GroupId
  /** The indicators shown, first the one the single-indicator keys name. */
  chosenIds: readonly string[]
  /** Null when no chosen indicator has figures yet (no year controls then). */
  range: YearRange | null
  update: DashboardStateHandle['update']
}) {
  const id = useId()
  const chosenArea = catalogue.areas.find((a) => a.code === state.area)
  const currentAreas = catalogue.areas.filter((a) => a.status === 'current')
  const setIndicators = (ids: string[]) =>
    update(
      ids.length === 1
        ? { indicator: ids[0] ?? state.indicator, indicators: [] }
        : { indicator: ids[0] ?? state.indicator, indicators: ids },
    )
  return (
    <form className="no-print data-controls" onSubmit={(e) => e.preventDefault()}>
      <IndicatorPicker indicators={catalogue.indicators} chosen={chosenIds} onChange={setIndicators} />

      {range && (
        <fieldset>
          <legend>Years</legend>
          <p className="hint">
            The chosen indicators have figures from {range.first} to {range.last} (years ending 31 March, or editions).
          </p>
          <div className="data-controls__row">
            {(['from', 'to'] as const).map((end) => (
              <div className="form-group" key={end}>
                <label htmlFor={`${id}-${end}`}>{end === 'from' ? 'From year' : 'To year'}</label>
                <select
                  id={`${id}-${end}`}
                  value={range[end]}
                  onChange={(e) => {
                    const year = Number(e.target.value)
                    update((latest) => {
                      const other = end === 'from' ? (latest.to ?? range.to) : (latest.from ?? range.from)
                      const [from, to] = end === 'from' ? [year, Math.max(year, other)] : [Math.min(year, other), year]
                      return { from, to, year: null }
                    })
                  }}
                >
                  {listYears(range.first, range.last).map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      )}

      <fieldset>
        <legend>Authorities to list</legend>
        <div className="checkboxes">
          {GROUPS.map((g) => (
            <label key={g}>
              <input
                type="radio"
                name={`${id}-group`}
                value={g}
                checked={listedGroup === g}
                disabled={g !== 'all' && g !== 'custom' && !chosenArea}
                onChange={() => update({ group: g })}
              />
              {GROUP_LABELS[g]}
            </label>
          ))}
        </div>
        {!chosenArea && <p className="hint">Choose an authority to list its region or its neighbours.</p>}
        <AreaPicker
          id={`${id}-area`}
          label="Authority (for region and neighbour groups)"
          areas={currentAreas}
          value={state.area}
          onChange={(code) => update({ area: code })}
          onClear={() => update({ area: null })}
        />
        <div className="checkboxes">
          <label>
            <input
              type="checkbox"
              checked={state.self === 'yes'}
              disabled={listedGroup === 'all' || listedGroup === 'custom'}
              onChange={(e) => update({ self: e.target.checked ? 'yes' : 'no' })}
            />
            List the authority itself (with its region or neighbours)
          </label>
          <label>
            <input
              type="checkbox"
              checked={state.regions === 'yes'}
              onChange={(e) => update({ regions: e.target.checked ? 'yes' : 'no' })}
            />
            Add the published regional figures
          </label>
        </div>
        {state.group === 'custom' && (
          <AreaMultiSelect
            areas={catalogue.areas}
            chosen={state.compare}
            onChange={(codes) => update({ compare: codes }, { replace: true })}
          />
        )}
      </fieldset>

      <fieldset>
        <legend>Layout</legend>
        <div className="checkboxes">
          {(
            [
              ['long', 'Long: a row per area, indicator and year'],
              ['wide', 'Wide: a row per area, a column per indicator and year'],
            ] as const
          ).map(([layout, label]) => (
            <label key={layout}>
              <input
                type="radio"
                name={`${id}-layout`}
                value={layout}
                checked={state.layout === layout}
                onChange={() => update({ layout })}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  )
}
