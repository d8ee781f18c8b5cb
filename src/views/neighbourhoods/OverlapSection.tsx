import { useMemo } from 'react'
import { formatNumber } from '../../charts/shared/format'
import { TableTwin } from '../../charts/shared/TableTwin'
import { ChoroplethMap } from '../../map/ChoroplethMap'
import { MapDownloads } from '../../map/MapDownloads'
import { NO_DATA_FILL } from '../../map/palette'
import type { Lsoa21File } from '../../schema/geo'
import { useDashboardState } from '../../state/useDashboardState'
import { LICENCE_LINE } from '../shared/sourceLine'
import { rowsCsv, variablesSourceLine } from './analysisData'
import { buildOverlap, FILTERED_OUT_FILL, THIRD_NAMES, type OverlapCell } from './buildOverlap'
import type { AnalysisContext } from './NeighbourhoodAnalysisView'
import { useNeighbourhoodFeatures } from './useNeighbourhoodFeatures'

/**
 * The overlap (bivariate) map: each neighbourhood coloured by its third on two variables, with a 3×3 key whose cells
 * are buttons: choosing one shows only its neighbourhoods (the choice is in the address), choosing it again shows all.
 */
export function OverlapSection({ context, boundaries }: { context: AnalysisContext; boundaries: Lsoa21File[] }) {
  const { state, update } = useDashboardState()
  const { first, second, rows, areaName } = context
  const { features, wardOf, nameOf, bounds } = useNeighbourhoodFeatures(boundaries)
  const overlap = useMemo(() => buildOverlap(rows, first, second), [rows, first, second])
  if (!overlap || !bounds)
    return <p>Too few neighbourhoods have figures for both variables to split them into thirds.</p>
  const chosen = overlap.cells.find((c) => c.key === state.cell) ?? null
  const fillOf = (code: string) => {
    const key = overlap.cellOf.get(code)
    if (!key) return NO_DATA_FILL
    if (chosen && key !== chosen.key) return FILTERED_OUT_FILL
    return overlap.cells.find((c) => c.key === key)?.fill ?? NO_DATA_FILL
  }
  const cellWords = (c: OverlapCell) =>
    `${first.shortLabel}: ${THIRD_NAMES[c.first - 1]}; ${second.shortLabel}: ${THIRD_NAMES[c.second - 1]}`
  const areasText = context.areas.map((a) => a.name).join(', ')
  const title = `${first.shortLabel} and ${second.shortLabel} in thirds: neighbourhoods of ${areasText}`
  const sourceLine = variablesSourceLine([first, second])
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const describe = (code: string) => {
    const row = byCode.get(code)
    if (!row) return undefined
    const key = overlap.cellOf.get(code)
    const cell = overlap.cells.find((c) => c.key === key)
    const fmt = (id: string, decimals: number) => {
      const v = row.values[id]
      return v == null ? 'no figure' : formatNumber(v, decimals)
    }
    const name = nameOf.get(code) ?? code
    const lines = [
      `${first.shortLabel}: ${fmt(first.id, first.decimals)}`,
      `${second.shortLabel}: ${fmt(second.id, second.decimals)}`,
      cell ? cellWords(cell) : 'Not in the key: a figure is missing',
    ]
    return {
      fill: fillOf(code),
      tooltip: [wardOf.get(code) ?? name, `${name} (${code})`, areaName(row.areaCode), ...lines],
      label: `${name}, ${wardOf.get(code) ?? ''} ward. ${lines.join('. ')}.`,
    }
  }
  const legend = overlap.cells.map((c) => ({ fill: c.fill, label: cellWords(c), count: c.count }))
  const shownRows = chosen ? rows.filter((r) => overlap.cellOf.get(r.code) === chosen.key) : rows
  const csv = rowsCsv(shownRows, [first, second], areaName, [
    {
      header: `third of ${first.shortLabel} (1 = lowest)`,
      value: (r) => Number(overlap.cellOf.get(r.code)?.[0] ?? '') || null,
    },
    {
      header: `third of ${second.shortLabel} (1 = lowest)`,
      value: (r) => Number(overlap.cellOf.get(r.code)?.[2] ?? '') || null,
    },
  ])
  const fmtBreaks = (breaks: number[], decimals: number) => breaks.map((b) => formatNumber(b, decimals)).join(' and ')
  return (
    <section aria-labelledby="overlap-heading">
      <h2 id="overlap-heading">{title}</h2>
      <figure className="england-map__layout">
        <div className="england-map__map">
          <p className="hint">
            Choose a cell of the key to show only its neighbourhoods.{' '}
            <a href="#overlap-table">Skip the map and go to the table</a>
          </p>
          <ChoroplethMap
            features={features}
            layerKey={`${context.areas.map((a) => a.code).join('~')}:${first.id}:${second.id}:${state.cell ?? 'all'}`}
            describe={describe}
            view={bounds}
            label={`Map of ${title}${chosen ? `, showing only ${cellWords(chosen)}` : ''}`}
          />
        </div>
        <div className="overlap-key">
          <p className="overlap-key__title" id="overlap-key-title">
            Key: {first.shortLabel} up, {second.shortLabel} across
          </p>
          <div className="overlap-key__grid" role="group" aria-labelledby="overlap-key-title">
            {overlap.cells.map((c) => (
              <button
                key={c.key}
                type="button"
                className="overlap-key__cell"
                style={{ background: c.fill }}
                aria-pressed={chosen?.key === c.key}
                onClick={() => update({ cell: chosen?.key === c.key ? null : c.key }, { replace: true })}
              >
                <span className="overlap-key__count">{c.count}</span>
                <span className="visually-hidden">
                  {cellWords(c)}: {c.count} neighbourhoods.{' '}
                  {chosen?.key === c.key ? 'Shown alone; choose again to show all.' : 'Show only these.'}
                </span>
              </button>
            ))}
          </div>
          <p className="overlap-key__axis">
            Thirds of the {overlap.cellOf.size} neighbourhoods with both figures: {first.shortLabel} splits at{' '}
            {fmtBreaks(overlap.firstBreaks, first.decimals)}; {second.shortLabel} at{' '}
            {fmtBreaks(overlap.secondBreaks, second.decimals)}.
            {overlap.missing ? ` ${overlap.missing} neighbourhoods lack a figure and are grey.` : ''}
          </p>
          {chosen ? (
            <p role="status">
              Showing the {chosen.count} neighbourhoods in {cellWords(chosen)}.{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => update({ cell: null }, { replace: true })}
              >
                Show every neighbourhood
              </button>
            </p>
          ) : null}
        </div>
        <figcaption className="caption">
          {sourceLine} {LICENCE_LINE}
        </figcaption>
        <MapDownloads
          features={features}
          fillOf={fillOf}
          legend={legend}
          frame={{
            title,
            subtitle: chosen ? `Only ${cellWords(chosen)}` : 'Thirds over the neighbourhoods shown',
            sourceLine,
            licenceLine: LICENCE_LINE,
          }}
          name={{
            authority: context.areas.map((a) => a.name).join('-'),
            indicator: `neighbourhoods-${first.id}-${second.id}`,
          }}
          description={`Map of ${title}`}
          csv={csv}
        />
      </figure>
      <div id="overlap-table">
        <TableTwin caption={`${title}${chosen ? `: only ${cellWords(chosen)}` : ''}`}>
          <thead>
            <tr>
              <th scope="col">Neighbourhood</th>
              <th scope="col">Authority</th>
              <th scope="col" className="numeric">
                {first.shortLabel}
              </th>
              <th scope="col" className="numeric">
                {second.shortLabel}
              </th>
              <th scope="col">Cell of the key</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((r) => {
              const cell = overlap.cells.find((c) => c.key === overlap.cellOf.get(r.code))
              const a = r.values[first.id]
              const b = r.values[second.id]
              return (
                <tr key={r.code}>
                  <th scope="row">
                    {nameOf.get(r.code) ?? r.code} <span className="secondary-text">{wardOf.get(r.code)}</span>
                  </th>
                  <td>{areaName(r.areaCode)}</td>
                  <td className="numeric">{a == null ? 'No figure' : formatNumber(a, first.decimals)}</td>
                  <td className="numeric">{b == null ? 'No figure' : formatNumber(b, second.decimals)}</td>
                  <td>{cell ? cellWords(cell) : 'Not in the key'}</td>
                </tr>
              )
            })}
          </tbody>
        </TableTwin>
      </div>
    </section>
  )
}
