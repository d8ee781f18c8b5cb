import { useId } from 'react'
import { formatNumber, formatValue, labelStatesUnit, unitHeading } from '../../charts/shared/format'
import { SortableHeader } from '../shared/SortableHeader'
import type { SortState } from '../shared/sorting'
import {
  describeColumn,
  ROW_KIND_LABELS,
  type DataCell,
  type DataColumn,
  type LongRow,
  type LongSortKey,
  type WideRow,
  type WideSortKey,
} from './buildDataTable'

/** A value as shown in a cell: the figure, or a dash with the reason in words (never a bare blank or a 0). */
function CellText({ cell, column, withUnit }: { cell: DataCell; column: DataColumn; withUnit: boolean }) {
  // The long layout spells the reason out in the next column; a wide cell has no such column, so it says it here.
  if (cell.value === null) return withUnit ? <>–</> : <>– ({cell.note ?? 'no figure'})</>
  const figure = withUnit
    ? formatValue(cell.value, column.indicator)
    : formatNumber(cell.value, column.indicator.decimals)
  return <>{figure}</>
}

/**
 * The table sits in a focusable, labelled region so keyboard users can scroll it sideways at 320 px; authorities
 * are the sortable body, England, regions and the group mean a footer that stays in place whatever the sort.
 */
function Frame({ caption, children }: { caption: string; children: React.ReactNode }) {
  const id = useId()
  return (
    <div className="table-wrap data-table" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>
          {caption} <span className="visually-hidden">Column headers with buttons sort the table.</span>
        </caption>
        {children}
      </table>
    </div>
  )
}

const LONG_COLUMNS: { key: LongSortKey | null; label: string; numeric?: boolean }[] = [
  { key: 'area', label: 'Area' },
  { key: 'code', label: 'Code' },
  { key: 'indicator', label: 'Indicator' },
  { key: 'year', label: 'Year' },
  { key: 'value', label: 'Value', numeric: true },
  { key: null, label: 'Flag or note' },
  { key: null, label: 'Source' },
]

function LongTableRow({ row }: { row: LongRow }) {
  return (
    <tr className={row.kind === 'authority' ? undefined : `data-table__${row.kind}`}>
      <th scope="row">{row.areaName}</th>
      <td>{row.areaCode || ROW_KIND_LABELS[row.kind]}</td>
      <td>{row.column.indicator.shortLabel}</td>
      <td>{row.column.period}</td>
      <td className="num">
        <CellText cell={row} column={row.column} withUnit />
      </td>
      <td>{row.flag ? `${row.flag}: ${row.note ?? ''}` : (row.note ?? '')}</td>
      <td>{row.column.source}</td>
    </tr>
  )
}

export function LongTable({
  caption,
  body,
  reference,
  sort,
  onSort,
}: {
  caption: string
  body: readonly LongRow[]
  reference: readonly LongRow[]
  sort: SortState<LongSortKey>
  onSort: (key: LongSortKey) => void
}) {
  return (
    <Frame caption={caption}>
      <thead>
        <tr>
          {LONG_COLUMNS.map((c) =>
            c.key === null ? (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ) : (
              <SortableHeader
                key={c.key}
                label={c.label}
                active={sort.key === c.key}
                direction={sort.direction}
                numeric={c.numeric ?? false}
                onSort={() => c.key && onSort(c.key)}
              />
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {body.map((r) => (
          <LongTableRow key={`${r.areaCode}:${r.column.indicator.id}:${r.column.year}`} row={r} />
        ))}
      </tbody>
      {reference.length > 0 && (
        <tfoot>
          {reference.map((r) => (
            <LongTableRow key={`${r.kind}:${r.areaCode}:${r.column.indicator.id}:${r.column.year}`} row={r} />
          ))}
        </tfoot>
      )}
    </Frame>
  )
}

function WideTableRow({ row, columns }: { row: WideRow; columns: readonly DataColumn[] }) {
  return (
    <tr className={row.kind === 'authority' ? undefined : `data-table__${row.kind}`}>
      <th scope="row">{row.areaName}</th>
      <td>{row.areaCode || ROW_KIND_LABELS[row.kind]}</td>
      {columns.map((column, j) => {
        const cell = row.cells[j]
        if (!cell) return <td key={j} />
        return (
          <td key={j} className="num">
            <CellText cell={cell} column={column} withUnit={false} />
            {cell.value !== null && cell.note && <span className="data-table__note"> ({cell.note})</span>}
          </td>
        )
      })}
    </tr>
  )
}

export function WideTable({
  caption,
  columns,
  body,
  reference,
  sort,
  onSort,
}: {
  caption: string
  columns: readonly DataColumn[]
  body: readonly WideRow[]
  reference: readonly WideRow[]
  sort: SortState<WideSortKey>
  onSort: (key: WideSortKey) => void
}) {
  return (
    <Frame caption={caption}>
      <thead>
        <tr>
          <SortableHeader
            label="Area"
            active={sort.key === 'area'}
            direction={sort.direction}
            onSort={() => onSort('area')}
          />
          <SortableHeader
            label="Code"
            active={sort.key === 'code'}
            direction={sort.direction}
            onSort={() => onSort('code')}
          />
          {columns.map((c, j) => (
            <SortableHeader
              key={`${c.indicator.id}:${c.year}`}
              label={describeColumn(c)}
              active={sort.key === j}
              direction={sort.direction}
              numeric
              onSort={() => onSort(j)}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {body.map((r) => (
          <WideTableRow key={r.areaCode} row={r} columns={columns} />
        ))}
      </tbody>
      {reference.length > 0 && (
        <tfoot>
          {reference.map((r) => (
            <WideTableRow key={`${r.kind}:${r.areaCode}`} row={r} columns={columns} />
          ))}
        </tfoot>
      )}
    </Frame>
  )
}

/** The unit of every indicator in a table, for the line above it (wide cells carry bare numbers). */
export function describeUnits(columns: readonly DataColumn[]): string {
  const seen = new Map(
    columns.map((c) => [
      c.indicator.id,
      labelStatesUnit(c.indicator) ? c.indicator.shortLabel : `${c.indicator.shortLabel}: ${unitHeading(c.indicator)}`,
    ]),
  )
  return [...seen.values()].join('; ')
}

/** "151 authorities and 16 columns of figures (indicator × year)", singular where it is one. */
export function describeTableSize(areaCount: number, columnCount: number): string {
  const areas = `${areaCount} ${areaCount === 1 ? 'authority' : 'authorities'}`
  const columns = columnCount === 1 ? '1 indicator for 1 year' : `${columnCount} indicator-years`
  return `${areas}, ${columns}`
}
