import { Link } from 'react-router'

export function AccessibilityView() {
  return (
    <>
      <title>Accessibility statement – CSC Explorer</title>
      <h1>Accessibility statement</h1>
      <p className="lead">CSC Explorer aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.</p>
      <h2>What you can do</h2>
      <ul>
        <li>use every part of the site with a keyboard alone, with a visible focus indicator;</li>
        <li>read every chart as a table (“Show the figures as a table”) and download its data as CSV;</li>
        <li>explore a chart's values year by year with the left and right arrow keys once it has focus;</li>
        <li>zoom to 400% or use a screen as narrow as 320 pixels without losing content;</li>
        <li>
          tell lines apart without colour: England and group averages are dashed, and colours are chosen for common
          colour-vision differences.
        </li>
      </ul>
      <h2>Known limitations</h2>
      <ul>
        <li>
          the maps are visual summaries. Every authority and neighbourhood on a map is a tab stop with a spoken
          description, and a “skip the map” link leads to a table with the same figures; the{' '}
          <Link to="/data">data tables</Link> hold every figure;
        </li>
        <li>
          on the England map each of the 150-odd authorities is its own tab stop, which is a long way to tab: use the
          table or the search box instead;
        </li>
        <li>downloaded PNG images have no text alternative; use the SVG or CSV downloads instead;</li>
        <li>
          the site has not yet been tested with screen readers (NVDA, JAWS, VoiceOver) or by disabled users; automated
          checks find only part of the problems people meet.
        </li>
      </ul>
      <h2>How this site was tested</h2>
      <p>Every change is checked in a real browser (Chromium) before it is published:</p>
      <ul>
        <li>
          every page (search, map, profile, comparison, deprivation, neighbourhoods, spending, data, sources and this
          statement) is scanned with axe-core for WCAG 2.0, 2.1 and 2.2 A and AA failures; none of serious or critical
          impact is allowed;
        </li>
        <li>
          a keyboard-only journey: find an authority with the search box, open its profile, step through a trend chart
          with the arrow keys, download its CSV, and change the map&apos;s indicator and year, checking that focus is
          visible at every step; the skip link is tested too;
        </li>
        <li>the profile, map and data pages are checked at 320 pixels wide, and the profile in print on A4;</li>
        <li>
          a strict Content-Security-Policy is checked on every page, and a broken or missing data file must show an
          explanation with a working “Try again” button.
        </li>
      </ul>
      <h2>Security</h2>
      <p>
        The site sends nothing you enter anywhere and loads nothing from other sites. Its shipped dependencies are
        checked against published security advisories with the npm registry&apos;s audit service. Known gap: where that
        service cannot be reached the check is skipped and says so, and there is no offline advisory list to fall back
        on, so a release may go out without that check.
      </p>
      <p>
        Colours: maps use the viridis scale and charts the Okabe-Ito colours (darkened to at least 3:1 contrast on
        white), both chosen to stay distinguishable with common colour-vision differences; lines are also told apart by
        dashes and direct labels.
      </p>
      <h2>Feedback</h2>
      <p>
        If something on this site is hard to use, please report it as an issue in the project&apos;s repository, saying
        which page and what you were trying to do.
      </p>
    </>
  )
}
