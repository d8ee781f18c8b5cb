import { formatValue, unitHeading, type FormatSpec } from '../shared/format'
import { TableTwin } from '../shared/TableTwin'
import type { TrendModel } from './buildTrendSeries'

/** The chart's table twin: years down, lines across; missing values say why. */
export function TrendTable({
  model,
  spec,
  caption,
  valueLabel,
}: {
  model: TrendModel
  spec: FormatSpec
  caption: string
  valueLabel?: string
}) {
  return (
    <TableTwin
      caption={
        <>
          {caption} ({valueLabel ?? unitHeading(spec)})
        </>
      }
    >
      <thead>
        <tr>
          <th scope="col">Year</th>
          {model.series.map((s) => (
            <th key={s.key} scope="col" className="num">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.years.map((year, i) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {model.series.map((s) => {
              const p = s.points[i]
              return (
                <td key={s.key} className="num">
                  {p?.value !== null && p?.value !== undefined
                    ? formatValue(p.value, spec)
                    : `– (${p?.missingReason ?? 'no figure'})`}
                  {p?.note ? <span className="hint"> {p.note}</span> : null}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </TableTwin>
  )
}
