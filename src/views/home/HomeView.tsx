import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { areasQuery } from '../../data/queries'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { Loading } from '../shared/QueryStatus'
import { AreaSearch } from './AreaSearch'
import './home.css'

// The map (Leaflet and the boundaries) loads after the search box, so a first visit can search straight away and the
// initial JavaScript stays within its budget (tests/integration/budgets.test.ts).
const EnglandMap = lazy(() => import('../shared/englandMap/EnglandMap').then((m) => ({ default: m.EnglandMap })))

export function HomeView() {
  const areas = useQuery(areasQuery())
  // On a wide screen the introduction, search and list stand in a column beside the map, which fits the first screen
  // (home.css); narrower, they come first and the map follows.
  return (
    <>
      <title>CSC Explorer – children's services in English local authorities</title>
      <div className="home-layout">
        <div className="home-layout__intro">
          <h1>CSC Explorer</h1>
          <p className="lead">
            Deprivation, spending and children in need, child protection and looked-after rates for every English local
            authority with children's services, compared with its statistical neighbours and England since 2010.
          </p>
          {!areas.data ? (
            <PendingPage load={loadOf([areas])}>Loading the list of authorities…</PendingPage>
          ) : (
            <>
              <AreaSearch areas={areas.data} />
              <p className="secondary-text">
                {areas.data.filter((a) => a.status === 'current').length} local authorities with children's services,
                and {areas.data.filter((a) => a.status === 'former').length} former authorities replaced by
                reorganisations.
              </p>
              <details>
                <summary>All authorities A to Z</summary>
                <ul className="columns">
                  {[...areas.data]
                    .filter((a) => a.status === 'current')
                    .sort((a, b) => a.name.localeCompare(b.name))
                    .map((a) => (
                      <li key={a.code}>
                        <Link to={`/area/${a.code}`}>{a.name}</Link>
                      </li>
                    ))}
                </ul>
              </details>
            </>
          )}
        </div>
        {areas.data ? (
          <section className="home-layout__map" aria-labelledby="home-map-heading">
            <h2 id="home-map-heading">England map</h2>
            <Suspense fallback={<Loading>Loading the England map…</Loading>}>
              <EnglandMap idPrefix="home-map" showTable={false} />
            </Suspense>
            <p>
              <Link to="/map">Open the full map with its table</Link> to compare every authority on one indicator.
            </p>
          </section>
        ) : null}
      </div>
    </>
  )
}
