import { useQuery } from '@tanstack/react-query'
import { indicatorsQuery, manifestQuery } from '../../data/queries'
import { TOPICS } from '../../schema/indicators'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'

/** Sources and methods, generated from indicators.json and manifest.json so they never drift from the data. */
export function MethodsView() {
  const indicators = useQuery(indicatorsQuery())
  const manifest = useQuery(manifestQuery())
  const header = (
    <>
      <title>Sources and methods – CSC Explorer</title>
      <h1>Sources and methods</h1>
    </>
  )
  if (!indicators.data || !manifest.data)
    return (
      <PendingPage header={header} load={loadOf([indicators, manifest])}>
        Loading the sources…
      </PendingPage>
    )
  const sourceTitle = (id: string) => manifest.data.sources.find((s) => s.id === id)?.title ?? id
  return (
    <>
      {header}
      <p className="lead">
        Every figure comes from a published government file. Years are years ending 31 March (2025 means at 31 March
        2025, or the financial year 2024-25); deprivation figures are by edition.
      </p>
      <p>
        Where sources overlap, the most recent publication is used, because the Department for Education revises earlier
        years. Suppressed or missing figures are shown as gaps with the reason, never as zero. The “neighbours” figure
        is the mean of the DfE statistical neighbours with a figure for the year, as in DfE's Local Authority
        Interactive Tool; the number with data is always shown. The England figure is the published England value, not
        an average of authorities. City of London and Isles of Scilly are excluded from averages and rankings because of
        their very small child populations.
      </p>
      <h2>Indicators</h2>
      {TOPICS.map((topic) => {
        const inTopic = indicators.data.filter((i) => i.topic === topic)
        if (inTopic.length === 0) return null
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>{topic[0]?.toUpperCase() + topic.slice(1)}</h3>
            {inTopic.map((i) => {
              const coverage = manifest.data.coverage[i.id]
              return (
                <details key={i.id} id={`indicator-${i.id}`}>
                  <summary>{i.label}</summary>
                  <dl className="methods-list">
                    <dt>Identifier</dt>
                    <dd>
                      <code>{i.id}</code>
                    </dd>
                    <dt>Definition</dt>
                    <dd>{i.definition}</dd>
                    <dt>Unit</dt>
                    <dd>
                      {i.unit}, {i.decimals} decimal places
                    </dd>
                    <dt>Years</dt>
                    <dd>{coverage ? `${coverage.first} to ${coverage.last} (${i.yearType})` : 'none yet'}</dd>
                    <dt>Sources</dt>
                    <dd>{i.source.map(sourceTitle).join('; ')}</dd>
                    {i.method && (
                      <>
                        <dt>Method</dt>
                        <dd>{i.method}</dd>
                      </>
                    )}
                    {i.caveats && (
                      <>
                        <dt>Caveats</dt>
                        <dd>{i.caveats}</dd>
                      </>
                    )}
                  </dl>
                </details>
              )
            })}
          </section>
        )
      })}
      <h2>Sources</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Source files used to build the data</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Publisher</th>
              <th scope="col">Licence</th>
              <th scope="col">Files</th>
            </tr>
          </thead>
          <tbody>
            {manifest.data.sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={s.url}>{s.title}</a>
                </td>
                <td>{s.publisher}</td>
                <td>{s.licence}</td>
                <td>{s.files.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Each source's files are listed with their SHA-256 checksums in <code>data/manifest.json</code> so the build can
        be reproduced byte for byte.
      </p>
    </>
  )
}
