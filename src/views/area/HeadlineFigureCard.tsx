import { formatValue, formatYear } from '../../charts/shared/format'
import type { HeadlineFigure } from './buildHeadlineFigure'

/** A value written with its unit, or a dash with the reason it is missing. */
function show(value: number | null, figure: HeadlineFigure, reason = 'no figure') {
  return value === null ? `– (${reason})` : formatValue(value, figure.indicator)
}

/** "of 317" ranks: the most deprived district, and the least deprived one when the authority has several. */
function rankText(figure: HeadlineFigure, least: number | null) {
  if (figure.value === null) return null
  const most = formatValue(figure.value, figure.indicator)
  return least !== null && least !== figure.value
    ? `${most} to ${formatValue(least, figure.indicator)} of 317`
    : `${most} of 317`
}

export function HeadlineFigureCard({ figure, leastRank }: { figure: HeadlineFigure; leastRank?: number | null }) {
  const { indicator } = figure
  const isDistrictRank = indicator.id === 'imd_district_rank'
  const main = isDistrictRank
    ? (rankText(figure, leastRank ?? null) ?? show(null, figure, figure.missingReason ?? undefined))
    : show(figure.value, figure, figure.missingReason ?? undefined)
  const label = isDistrictRank ? 'IMD 2019 rank among 317 districts (1 = most deprived)' : indicator.label
  const neighbourText =
    figure.neighbours.members === 0
      ? 'no neighbour list'
      : `${show(figure.neighbours.value, figure)} (${figure.neighbours.withData} of ${figure.neighbours.members} had data)`
  return (
    <li className="figure">
      <h3 className="figure__label">{label}</h3>
      <p className="figure__value">{main}</p>
      <dl>
        {indicator.unit !== 'rank' && (
          <>
            <dt>England</dt>
            <dd>{show(figure.england, figure)}</dd>
          </>
        )}
        <dt>Neighbours</dt>
        <dd>{neighbourText}</dd>
        {figure.changeSincePrevious && (
          <>
            <dt>Last {indicator.yearType === 'edition' ? 'edition' : 'year'}</dt>
            <dd>{figure.changeSincePrevious}</dd>
          </>
        )}
        {figure.changeOverFive && (
          <>
            <dt>Five years</dt>
            <dd>{figure.changeOverFive}</dd>
          </>
        )}
      </dl>
      <p className="figure__source">
        {formatYear(figure.year, indicator.yearType)}. Source:{' '}
        {figure.source ? `${figure.source.publisher}, ${figure.source.title}` : 'see methods'}
        {figure.computed ? ' (computed by CSC Explorer; see methods)' : ''}.
      </p>
    </li>
  )
}
