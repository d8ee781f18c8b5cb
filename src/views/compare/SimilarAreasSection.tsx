import { buildCsv, slugify } from '../../charts/shared/buildCsv'
import { downloadText } from '../../charts/shared/download'
import { formatNumber, formatYear } from '../../charts/shared/format'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import { countOverlap } from '../../stats/similarity'
import { LICENCE_LINE } from '../shared/sourceLine'
import { buildAreaIndex } from '../../model/lifetimes'
import type { SimilarityResult } from '../../model/similarAreas'

/** Measures offered for computing similar authorities: context, not the outcomes being compared. */
const OFFERED_TOPICS: readonly Indicator['topic'][] = ['deprivation', 'population', 'context']

export function SimilarAreasSection(props: {
  area: Area
  areas: readonly Area[]
  indicators: readonly Indicator[]
  similarity: SimilarityResult
  dfeList: readonly string[]
  selectedIds: string[]
  onSelectedIdsChange: (ids: string[]) => void
  onUseAsGroup: () => void
}) {
  const { area, areas, indicators, similarity, dfeList, selectedIds } = props
  const { nameOf } = buildAreaIndex(areas)
  // Of the spending measures only the total per child is offered: the categories would swamp the list. Ranks repeat
  // the score they rank.
  const offered = indicators.filter(
    (i) => (OFFERED_TOPICS.includes(i.topic) || i.roles?.spendingTotal !== undefined) && i.unit !== 'rank',
  )
  const codes = similarity.similar.map((s) => s.areaCode)
  const overlap = countOverlap(codes, dfeList)
  const title = `The ${codes.length} authorities most similar to ${area.name}, computed`
  const measuresText = similarity.measures
    .map(
      (m) =>
        `${m.label} (${formatYear(m.year, indicators.find((i) => i.id === m.indicatorId)?.yearType ?? 'edition')})`,
    )
    .join(', ')
  const toggle = (id: string) =>
    props.onSelectedIdsChange(selectedIds.includes(id) ? selectedIds.filter((x) => x !== id) : [...selectedIds, id])
  const csv = () =>
    downloadText(
      buildCsv(
        [
          'rank',
          'area',
          'area_code',
          'distance',
          ...similarity.measures.map((m) => `${m.label} (standardised difference)`),
          'in DfE 2025 list',
          'why similar',
        ],
        similarity.similar.map((s, i) => [
          i + 1,
          nameOf(s.areaCode),
          s.areaCode,
          Number(s.distance.toFixed(3)),
          ...s.differences.map((d) => (d === null ? null : Number(d.toFixed(3)))),
          dfeList.includes(s.areaCode) ? 'yes' : 'no',
          s.explanation,
        ]),
        [title, `Measures: ${measuresText}.`, 'Sources: as listed for each measure on /data.', LICENCE_LINE],
      ),
      `${slugify(title)}.csv`,
      'text/csv;charset=utf-8',
    )

  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading">Computed similar authorities</h2>
      <fieldset className="checkboxes">
        <legend>Match on</legend>
        {offered.map((i) => (
          <label key={i.id}>
            <input type="checkbox" checked={selectedIds.includes(i.id)} onChange={() => toggle(i.id)} /> {i.shortLabel}
          </label>
        ))}
      </fieldset>
      <p className="method-note">
        How this is worked out: each measure ({measuresText || 'none chosen'}) is turned into standard deviations across
        current English authorities, so no unit dominates; the similar authorities are the {codes.length} with the
        smallest distance (square root of the sum of squared differences) from {area.name}. City of London and Isles of
        Scilly are left out. “Slightly” means under ¾ of a standard deviation, “much” more than 1½.
        {similarity.unusedMeasures.length
          ? ` Not used (no figure for ${area.name}, or no variation): ${similarity.unusedMeasures.join(', ')}.`
          : ''}
      </p>
      {codes.length === 0 ? (
        <p>Choose at least one measure that {area.name} has a figure for.</p>
      ) : (
        <>
          <p>
            {overlap} of these {codes.length} are also among {area.name}&apos;s {dfeList.length} DfE statistical
            neighbours (May 2025 list).{' '}
            <button type="button" className="button button--secondary button--small" onClick={props.onUseAsGroup}>
              Compare with these authorities
            </button>
          </p>
          {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}: table`}>
            <table>
              <caption>{title}: what makes each one similar</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Rank
                  </th>
                  <th scope="col">Authority</th>
                  <th scope="col" className="num">
                    Distance
                  </th>
                  <th scope="col">Compared with {area.name}</th>
                  <th scope="col">In DfE list?</th>
                </tr>
              </thead>
              <tbody>
                {similarity.similar.map((s, i) => (
                  <tr key={s.areaCode}>
                    <td className="num">{i + 1}</td>
                    <th scope="row">{nameOf(s.areaCode)}</th>
                    <td className="num">{formatNumber(s.distance, 2)}</td>
                    <td>{s.explanation}</td>
                    <td>{dfeList.includes(s.areaCode) ? 'Yes' : 'No'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="button button--secondary button--small" onClick={csv}>
            Download CSV<span className="visually-hidden"> of {title}</span>
          </button>
        </>
      )}
    </section>
  )
}
