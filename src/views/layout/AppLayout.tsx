import { useEffect, useState } from 'react'
import { Link, NavLink, Outlet, useLocation } from 'react-router'
import { formatMadeOn } from '../../briefing/briefingDocument'
import { carryContext } from './carryContext'
import { NAV_ITEMS } from './navItems'
import { UpdatePrompt } from './UpdatePrompt'

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'

/** Page frame on every route: skip link, header with navigation, the main landmark, footer with attribution. */
export function AppLayout() {
  const { pathname, search } = useLocation()
  return (
    <>
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          // Move focus without changing the URL, so the router and shared links are undisturbed.
          event.preventDefault()
          document.getElementById('main-content')?.focus()
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-width app-header__inner">
          <Link to="/" className="app-header__title">
            CSC Explorer
          </Link>
          <nav aria-label="Main">
            <ul className="app-nav">
              {NAV_ITEMS.map((item) => (
                <li key={item.path}>
                  <NavLink
                    to={carryContext(item.path, item.carries, pathname, search)}
                    end={item.path === '/'}
                    className="app-nav__link"
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <UpdatePrompt />
      <main id="main-content" className="app-width app-main" tabIndex={-1}>
        <PrintStamp />
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-width">
          <p>
            Contains public sector information licensed under the{' '}
            <a href={OGL_URL} rel="license">
              Open Government Licence v3.0
            </a>
            . Sources: Department for Education, Ministry of Housing, Communities and Local Government, Office for
            National Statistics, Department for Work and Pensions. See <Link to="/methods">sources and methods</Link>.
          </p>
          <p className="no-print">
            <Link to="/accessibility">Accessibility statement</Link> · <Link to="/offline">Use with no network</Link>
          </p>
        </div>
      </footer>
    </>
  )
}

/** On paper only: when the page was printed and the link that opens the same view, with the tool's name. */
function PrintStamp() {
  // Rendered again on every route change, so the link is always the page's own.
  useLocation()
  const [printedOn, setPrintedOn] = useState(() => new Date())
  useEffect(() => {
    const stamp = () => setPrintedOn(new Date())
    window.addEventListener('beforeprint', stamp)
    return () => window.removeEventListener('beforeprint', stamp)
  }, [])
  return (
    <p className="print-only print-stamp">
      Printed on {formatMadeOn(printedOn)} from CSC Explorer: {window.location.href}
    </p>
  )
}
