import { Link } from 'react-router'
import type { Area } from '../../schema/areas'
import type { DashboardState } from '../../state/dashboardState'

interface ProfileLinksProps {
  area: Area
  /** The query string of a view's address with the given state (the dashboard's searchFor). */
  searchFor: (patch?: Partial<DashboardState>) => string
}

/**
 * The views that explain the profile's figures, for this authority: the links a reader looks for beside the figures,
 * not only in the header. Neighbourhood maps and a council's own gradient exist for current authorities only.
 */
export function ProfileLinks({ area, searchFor }: ProfileLinksProps) {
  const current = area.status === 'current'
  return (
    <nav className="profile-links no-print" aria-label={`More about ${area.name}`}>
      <h2 className="profile-links__title">More about {area.name}</h2>
      <ul>
        <li>
          <Link to={`/compare${searchFor({ area: area.code })}`}>Compare with its statistical neighbours</Link>
        </li>
        <li>
          <Link to={`/deprivation${searchFor({ area: area.code })}`}>Rates against deprivation</Link>
        </li>
        {current && (
          <li>
            <Link to={`/neighbourhoods/${area.code}`}>Neighbourhoods by deprivation</Link>
          </li>
        )}
        <li>
          <Link to={`/spending/${area.code}${searchFor()}`}>Spending over time, by category</Link>
        </li>
        {current && (
          <li>
            <Link to={`/gradient/${area.code}`}>Your own gradient (your counts by neighbourhood)</Link>
          </li>
        )}
        <li>
          <Link to={`/data${searchFor({ area: area.code })}`}>All figures as a table</Link>
        </li>
      </ul>
    </nav>
  )
}
