import { useMemo } from 'react'
import { formatNumber } from '../../charts/shared/format'
import { TableTwin } from '../../charts/shared/TableTwin'
import { ChoroplethMap } from '../../map/ChoroplethMap'
import { MapDownloads } from '../../map/MapDownloads'
import { MapLegend } from '../../map/MapLegend'
import { NO_DATA_FILL } from '../../map/palette'
import { MAX_CLASSES, MIN_CLASSES } from '../../stats/quantileClasses'
import type { Lsoa21File } from '../../schema/geo'
import { useDashboardState } from '../../state/useDashboardState'
import { LICENCE_LINE } from '../shared/sourceLine'
import { rowsCsv, variablesSourceLine, withUnit } from './analysisData'
import { buildClassedMap } from './buildClassedMap'
import type { AnalysisContext } from './NeighbourhoodAnalysisView'
import { useNeighbourhoodFeatures } from './useNeighbourhoodFeatures'

/** A quantile map of one variable over the neighbourhoods shown, 3-10 classes, with its table twin and downloads. */
export function QuantileMapSection({ context, boundaries }: { context: AnalysisContext; boundaries: Lsoa21File[] }) {
  const { state, update } = useDashboardState()
  const { first, rows, areaName } = context
  const k = state.classes
  const { features, wardOf, nameOf, bounds } = useNeighbourhoodFeatures(boundaries)
  const classed = useMemo(() => buildClassedMap(rows, first, k), [rows, first, k])
  const areasText = context.areas.map((a) => a.name).join(', ')
  if (!classed || !bounds) return <p>None of these neighbourhoods has a figure for {first.label}.</p>
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const title = `${first.label} in ${k} quantile classes: neighbourhoods of ${areasText}`
  const sourceLine = variablesSourceLine([first])
  const missingItem = classed.missing ? [{ fill: NO_DATA_FILL, label: 'No figure', count: classed.missing }] : []
  const csv = rowsCsv(rows, [first], areaName, [
    {
      header: 'class (1 = lowest)',
      value: (r) => (classed.classOfCode.has(r.code) ? (classed.classOfCode.get(r.code) ?? 0) + 1 : null),
    },
  ])
  const describe = (code: string) => {
    const row = byCode.get(code)
    if (!row) return undefined
    const value = row.values[first.id]
    const c = classed.classOfCode.get(code)
    const text = value == null ? 'no figure' : `${formatNumber(value, first.decimals)} (class ${(c ?? 0) + 1} of ${k})`
    const name = nameOf.get(code) ?? code
    return {
      fill: classed.fillOf.get(code) ?? NO_DATA_FILL,
      tooltip: [wardOf.get(code) ?? name, `${name} (${code})`, areaName(row.areaCode), `${first.shortLabel}: ${text}`],
      label: `${name}, ${wardOf.get(code) ?? ''} ward, ${areaName(row.areaCode)}. ${first.shortLabel}: ${text}.`,
    }
  }
  return (
    <section aria-labelledby="quantile-heading">
      <h2 id="quantile-heading">{title}</h2>
      <div className="form-group">
        <label htmlFor="quantile-classes">Number of classes</label>
        <select
          id="quantile-classes"
          value={k}
          onChange={(e) => update({ classes: Number(e.target.value) }, { replace: true })}
        >
          {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => i + MIN_CLASSES).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <figure className="england-map__layout">
        <div className="england-map__map">
          <p className="hint">
            Hover over or tab to a neighbourhood for its ward and figure.{' '}
            <a href="#quantile-table">Skip the map and go to the table</a>
          </p>
          <ChoroplethMap
            features={features}
            layerKey={`${context.areas.map((a) => a.code).join('~')}:${first.id}:${k}`}
            describe={describe}
            view={bounds}
            label={`Map of ${title}`}
          />
        </div>
        <MapLegend
          title={withUnit(first)}
          items={classed.legend}
          missing={missingItem}
          note={`Classes are quantiles of the ${rows.length - classed.missing} neighbourhoods shown (R's type 7), so each holds about as many; a value on a class boundary goes to the lower class. ${first.higherMeans ? `Higher means ${first.higherMeans}; darker is higher.` : 'Darker is higher.'}`}
        />
        <figcaption className="caption">
          {sourceLine} {LICENCE_LINE}
        </figcaption>
        <MapDownloads
          features={features}
          fillOf={(code) => classed.fillOf.get(code) ?? NO_DATA_FILL}
          legend={[...classed.legend, ...missingItem]}
          frame={{
            title,
            subtitle: `Quantile classes over the neighbourhoods shown`,
            sourceLine,
            licenceLine: LICENCE_LINE,
          }}
          name={{
            authority: context.areas.map((a) => a.name).join('-'),
            indicator: `neighbourhoods-${first.id}-${k}-classes`,
          }}
          description={`Map of ${title}`}
          csv={csv}
        />
      </figure>
      <div id="quantile-table">
        <TableTwin caption={`${title}: each neighbourhood's figure and class`}>
          <thead>
            <tr>
              <th scope="col">Neighbourhood</th>
              <th scope="col">Ward</th>
              <th scope="col">Authority</th>
              <th scope="col" className="numeric">
                {withUnit(first)}
              </th>
              <th scope="col" className="numeric">
                Class (1 = lowest)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const value = r.values[first.id]
              const c = classed.classOfCode.get(r.code)
              return (
                <tr key={r.code}>
                  <th scope="row">
                    {nameOf.get(r.code) ?? r.code} <span className="secondary-text">{r.code}</span>
                  </th>
                  <td>{wardOf.get(r.code) ?? ''}</td>
                  <td>{areaName(r.areaCode)}</td>
                  <td className="numeric">{value == null ? 'No figure' : formatNumber(value, first.decimals)}</td>
                  <td className="numeric">{c === undefined ? '–' : c + 1}</td>
                </tr>
              )
            })}
          </tbody>
        </TableTwin>
      </div>
    </section>
  )
}
