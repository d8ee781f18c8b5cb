import type { ReactElement } from 'react'
import { Link, Navigate } from 'react-router'
import { findAreaByCode, type Area } from '../../schema/areas'

/**
 * The authority a route's `:code` names (any case). A former or later code (E10000002, E08000038) redirects to the page of the
 * authority that took it over; an unknown code gets a not-found page with a way back, never a blank page.
 */
export function resolveRouteArea(
  areas: readonly Area[],
  code: string,
  pathFor: (code: string) => string,
): { area: Area; page: null } | { area: null; page: ReactElement } {
  const upper = code.toUpperCase()
  const area = areas.find((a) => a.code === upper)
  if (area) return { area, page: null }
  const recoded = findAreaByCode(areas, upper)
  if (recoded) return { area: null, page: <Navigate to={pathFor(recoded.code)} replace /> }
  return {
    area: null,
    page: (
      <>
        <title>Authority not found – CSC Explorer</title>
        <h1>No local authority has the code “{code}”</h1>
        <p>
          <Link to="/">Search for an authority</Link> by name or code.
        </p>
      </>
    ),
  }
}
