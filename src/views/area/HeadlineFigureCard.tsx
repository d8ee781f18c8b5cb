import { useState } from 'react'
import { AddToBriefing } from '../../briefing/AddToBriefing'
import { buildCitation } from '../../briefing/citation'
import { formatForProse, formatYear } from '../../charts/shared/format'
import { describeBand, describeBandEnds } from '../../model/quartileBands'
import { describeRankOrder } from '../../model/ranks'
import type { HeadlineFigure } from './buildHeadlineFigure'

/** A value written with its unit, or a dash with the reason it is missing. */
function show(value: number | null, figure: HeadlineFigure, reason = 'no figure') {
  return value === null ? `– (${reason})` : formatForProse(value, figure.indicator)
}

export function HeadlineFigureCard({ figure, areaName }: { figure: HeadlineFigure; areaName: string }) {
  const { indicator } = figure
  const [copied, setCopied] = useState<string | null>(null)
  const copy = () => {
    const text = buildCitation({
      areaName,
      indicator,
      year: figure.year,
      value: figure.value,
      missingReason: figure.missingReason,
      neighboursMean: figure.neighbours.withData > 0 ? figure.neighbours.value : null,
      england: indicator.unit === 'rank' ? null : figure.england,
      source: figure.source,
      computed: figure.computed,
      link: window.location.href,
    })
    navigator.clipboard.writeText(text).then(
      () => setCopied('Copied with its source and link.'),
      () => setCopied(`Your browser would not copy; here is the text: ${text}`),
    )
  }
  const main = show(figure.value, figure, figure.missingReason ?? undefined)
  const label = indicator.rankOrder ? `${indicator.label} (${indicator.rankOrder})` : indicator.label
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
        {figure.englandRank && (
          <>
            <dt>Rank in England</dt>
            <dd>
              {figure.englandRank.rank} of {figure.englandRank.of}{' '}
              <span className="hint">({describeRankOrder(indicator.polarity, indicator.topic)})</span>
            </dd>
          </>
        )}
        {figure.englandBand && (
          <>
            <dt>Quartile band</dt>
            <dd>
              {describeBand(figure.englandBand.band)}
              {describeBandEnds(indicator) && <span className="hint"> ({describeBandEnds(indicator)})</span>}
            </dd>
          </>
        )}
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
      <div className="figure__actions no-print">
        <button type="button" className="button button--secondary button--small" onClick={copy}>
          Copy figure with citation<span className="visually-hidden">: {label}</span>
        </button>
        <AddToBriefing
          item={{
            kind: 'figure',
            title: `${label}, ${areaName}, ${formatYear(figure.year, indicator.yearType)}`,
            indicatorId: indicator.id,
            ...(figure.source ? { source: `Source: ${figure.source.publisher}, ${figure.source.title}.` } : {}),
          }}
        />
        {copied && (
          <p role="status" className="hint">
            {copied}
          </p>
        )}
      </div>
    </li>
  )
}
