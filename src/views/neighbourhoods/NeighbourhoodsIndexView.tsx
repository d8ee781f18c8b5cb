import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { areasQuery } from '../../data/queries'
import { MAX_QUERY_LENGTH, searchAreas } from '../../search/searchAreas'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'

/** /neighbourhoods: a search whose results link to neighbourhood maps, and every current authority by region. */
export function NeighbourhoodsIndexView() {
  const areas = useQuery(areasQuery())
  const [query, setQuery] = useState('')
  const header = (
    <>
      <title>Neighbourhoods – CSC Explorer</title>
      <h1>Neighbourhoods</h1>
      <p className="lead">
        Maps of each authority&apos;s small areas (LSOAs) by their national decile on the English Indices of Deprivation
        2025 (and 2019), with ward names. Choose an authority. Each map links to the neighbourhood analysis: quantile
        and overlap maps of over 100 variables, correlations, comparisons between authorities and regression.
      </p>
    </>
  )
  if (!areas.data)
    return (
      <PendingPage header={header} load={loadOf([areas])}>
        Loading the list of authorities…
      </PendingPage>
    )
  const current = areas.data.filter((a) => a.status === 'current')
  const regions = [...new Set(current.map((a) => a.region))].sort((a, b) => a.localeCompare(b, 'en-GB'))
  const matches = query.trim() ? searchAreas(query, current, 8) : []
  return (
    <>
      {header}
      <div className="form-group">
        <label htmlFor="neighbourhood-search">Find an authority</label>
        <p className="hint" id="neighbourhood-search-hint">
          Name, GSS code (such as E08000016, or Barnsley&apos;s new E08000038) or DfE LA number
        </p>
        <input
          id="neighbourhood-search"
          className="input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="neighbourhood-search-hint"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim() ? (
        <section aria-labelledby="neighbourhood-results" aria-live="polite">
          <h2 id="neighbourhood-results">Matching authorities</h2>
          {matches.length ? (
            <ul>
              {matches.map((m) => (
                <li key={m.area.code}>
                  <Link to={`/neighbourhoods/${m.area.code}`}>Neighbourhoods in {m.area.name}</Link>{' '}
                  <span className="hint">({m.area.code})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>No current authority matches “{query}”.</p>
          )}
        </section>
      ) : null}
      {regions.map((region, i) => (
        // Region names have spaces, which an id (and so aria-labelledby) cannot: the heading is numbered instead.
        <section key={region} aria-labelledby={`region-${i}`}>
          <h2 id={`region-${i}`}>{region}</h2>
          <ul className="link-columns">
            {current
              .filter((a) => a.region === region)
              .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
              .map((a) => (
                <li key={a.code}>
                  <Link to={`/neighbourhoods/${a.code}`}>{a.name}</Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  )
}
