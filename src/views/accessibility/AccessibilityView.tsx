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
          maps are visual summaries; the same figures are in the <Link to="/data">data tables</Link>;
        </li>
        <li>downloaded PNG images have no text alternative; use the SVG or CSV downloads instead.</li>
      </ul>
      <h2>How this site was tested</h2>
      <p>
        Every page is checked automatically with axe-core for WCAG 2.2 A and AA failures, and the search, profile and
        data pages are tested with the keyboard in a browser.
      </p>
    </>
  )
}
