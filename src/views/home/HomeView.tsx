import { useQuery } from '@tanstack/react-query'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { areasQuery } from '../../data/queries'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { EnglandMap } from '../shared/englandMap/EnglandMap'
import { useSvgDrawing } from '../shared/englandMap/svgDrawing'
import { requestedMapStyle } from '../../state/dashboardState'
import { ListLink } from '../shared/ListLink'
import { AreaSearch } from './AreaSearch'
import './home.css'
import { compareNames } from '../../model/compareNames'

/**
 * The home page: search, and the England map drawn from pre-projected SVG with no map library. The map's code is part
 * of the first download (within the budget of tests/integration/budgets.test.ts), and index.html preloads the list of
 * authorities it waits for (npm run bench times the first paint); if that list fails to load, its error stands alone.
 */
export function HomeView() {
  const areas = useQuery(areasQuery())
  const navigate = useNavigate()
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
                    .sort((a, b) => compareNames(a.name, b.name))
                    .map((a) => (
                      <li key={a.code}>
                        <ListLink to={`/area/${a.code}`} open={navigate}>
                          {a.name}
                        </ListLink>
                      </li>
                    ))}
                </ul>
              </details>
            </>
          )}
        </div>
        {areas.data ? <HomeMap /> : null}
      </div>
    </>
  )
}

/** The England map section, drawn from pre-projected SVG (no map library). */
function HomeMap() {
  // Its boundaries are not fetched while the hex cartogram is shown instead.
  const drawing = useSvgDrawing(requestedMapStyle(useSearchParams()[0]) !== 'hex')
  return (
    <section className="home-layout__map" aria-labelledby="home-map-heading">
      <h2 id="home-map-heading">England map</h2>
      <EnglandMap drawing={drawing} idPrefix="home-map" showTable={false} />
      <p>
        <Link to="/map">Open the full map with its table</Link> to compare every authority on one indicator.
      </p>
    </section>
  )
}
