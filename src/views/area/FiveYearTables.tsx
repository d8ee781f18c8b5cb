import { buildCsv, slugify } from '../../charts/shared/buildCsv'
import { downloadText } from '../../charts/shared/download'
import { labelStatesUnit, unitHeading } from '../../charts/shared/format'
import type { Area } from '../../schema/areas'
import { LICENCE_LINE } from '../shared/sourceLine'
import { fiveYearCsv, FIVE_YEARS, type FiveYearTable } from './buildFiveYearTable'

/** What bare-year columns mean: a figure at 31 March or an edition; other year types are written out in full. */
function yearNote(table: FiveYearTable): string | null {
  if (table.indicator.yearType === '31 March') return 'years ending 31 March'
  if (table.indicator.yearType === 'edition') return 'editions'
  return null
}

/**
 * LAIT's comparison tables: for each headline indicator, the authority, its statistical neighbours' mean, its region
 * and England over the latest five years with figures; one CSV of them all. Missing figures say why (title text and
 * a visually hidden reason, so screen readers hear it too).
 */
export function FiveYearTables({
  area,
  tables,
  sourceLines,
}: {
  area: Area
  tables: readonly FiveYearTable[]
  /** Each table's source line, as under its chart, for the CSV. */
  sourceLines: readonly string[]
}) {
  if (tables.length === 0) return null
  const download = () => {
    const { header, rows } = fiveYearCsv(area, tables)
    downloadText(
      buildCsv(header, rows, [
        `${area.name}: the latest ${FIVE_YEARS} years of each headline figure.`,
        ...new Set(sourceLines),
        LICENCE_LINE,
      ]),
      `${slugify(area.name)}-headline-figures-last-${FIVE_YEARS}-years.csv`,
      'text/csv',
    )
  }
  return (
    // The tables sit in a disclosure, which print leaves out, so the section is not printed (no heading alone).
    <section aria-labelledby="five-years-title" className="no-print">
      <h2 id="five-years-title">The last {FIVE_YEARS} years</h2>
      <p className="hint">
        {area.name} beside the mean of its statistical neighbours, its region and England, as in DfE&apos;s LAIT.
      </p>
      <details className="five-years">
        <summary>Show the tables</summary>
        {tables.map((table) => (
          <div className="table-wrap" key={table.indicator.id}>
            <table>
              <caption>
                {table.indicator.shortLabel} (
                {[labelStatesUnit(table.indicator) ? null : unitHeading(table.indicator), yearNote(table)]
                  .filter(Boolean)
                  .join('; ')}
                )
              </caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  {table.yearLabels.map((label) => (
                    <th scope="col" className="num" key={label}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell, i) => (
                      <td className="num" key={table.years[i]} title={cell.note ?? undefined}>
                        {cell.text}
                        {cell.value === null && cell.note && <span className="visually-hidden"> ({cell.note})</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        <p>
          <button type="button" className="button button--secondary button--small" onClick={download}>
            Download these tables (CSV)
          </button>
        </p>
      </details>
    </section>
  )
}
