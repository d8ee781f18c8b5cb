import { buildCsv, slugify } from '../../charts/shared/buildCsv'
import type { ChartCsv } from '../../charts/shared/ChartDownloads'
import { downloadText } from '../../charts/shared/download'
import { formatNumber } from '../../charts/shared/format'
import { describeDecile, type LsoaStanding } from '../../map/lsoaMap'
import { useSortableHeaders } from '../shared/SortableHeader'

const LSOA_SORT_KEYS = ['name', 'ward', 'code', 'rank'] as const

interface LsoaTableProps {
  id: string
  caption: string
  rows: readonly LsoaStanding[]
  lsoaCount: number
  /** Ward names and scores are shown when the edition's files carry them (IoD2025). */
  showWard: boolean
  csv: ChartCsv
  sourceLine: string
  licenceLine: string
}

/** Every LSOA of the authority with its ward, score, national rank and decile on the chosen measure; sortable. */
export function LsoaTable({ id, caption, rows, lsoaCount, showWard, csv, sourceLine, licenceLine }: LsoaTableProps) {
  const { sort, header } = useSortableHeaders(LSOA_SORT_KEYS, { key: 'rank', direction: 'ascending' })
  const sign = sort.direction === 'ascending' ? 1 : -1
  const sorted = [...rows].sort((a, b) =>
    sort.key === 'rank'
      ? sign * (a.rank - b.rank)
      : sign * (a[sort.key] ?? '').localeCompare(b[sort.key] ?? '', 'en-GB') || a.rank - b.rank,
  )
  const withScore = rows.some((r) => r.score !== undefined)
  return (
    <>
      <div className="table-wrap" id={id} tabIndex={-1}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {header('name', 'Neighbourhood (LSOA)')}
              {showWard ? header('ward', 'Ward') : null}
              {header('code', 'Code')}
              {withScore ? (
                <th scope="col" className="num">
                  Score
                </th>
              ) : null}
              {header('rank', `Rank of ${formatNumber(lsoaCount, 0)} (1 = most deprived)`, true)}
              <th scope="col" className="num">
                Decile
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.name}</th>
                {showWard ? <td>{r.ward}</td> : null}
                <td>{r.code}</td>
                {withScore ? <td className="num">{r.score === undefined ? '–' : formatNumber(r.score, 3)}</td> : null}
                <td className="num">{formatNumber(r.rank, 0)}</td>
                <td className="num">{describeDecile(r.decile)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TableDownload caption={caption} csv={csv} sourceLine={sourceLine} licenceLine={licenceLine} />
    </>
  )
}

/** The table as CSV, with its caption, source and licence on top (as every chart's CSV has). */
function TableDownload(props: { caption: string; csv: ChartCsv; sourceLine: string; licenceLine: string }) {
  return (
    <p className="chart__downloads">
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          downloadText(
            buildCsv(props.csv.header, props.csv.rows, [props.caption, props.sourceLine, props.licenceLine]),
            `${slugify(props.caption)}.csv`,
            'text/csv;charset=utf-8',
          )
        }
      >
        Download CSV<span className="visually-hidden"> of the table: {props.caption}</span>
      </button>
    </p>
  )
}
