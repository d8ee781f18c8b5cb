/** One legend entry: a swatch and what it means. */
export interface LegendItem {
  fill: string
  label: string
  /** How many areas are drawn with it, if useful. */
  count?: number | undefined
}

interface MapLegendProps {
  title: string
  items: readonly LegendItem[]
  /** Entries for missing figures, listed after a gap. */
  missing?: readonly LegendItem[]
  /** Say how the classes were made (e.g. quintiles, exclusions). */
  note?: string | undefined
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="map-legend__swatch" width="24" height="16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="23" height="15" fill={fill} stroke="#505a5f" />
    </svg>
  )
}

/** A legend as a list, readable by screen readers and in print, counts included. */
export function MapLegend({ title, items, missing = [], note }: MapLegendProps) {
  const row = (item: LegendItem) => (
    <li key={item.label} className="map-legend__item">
      <Swatch fill={item.fill} />
      <span>
        {item.label}
        {item.count !== undefined ? <span className="secondary-text"> ({item.count})</span> : null}
      </span>
    </li>
  )
  return (
    <figure className="map-legend" aria-label={title}>
      <figcaption className="map-legend__title">{title}</figcaption>
      <ul className="map-legend__list">{items.map(row)}</ul>
      {missing.length > 0 ? <ul className="map-legend__list map-legend__list--missing">{missing.map(row)}</ul> : null}
      {note ? <p className="map-legend__note">{note}</p> : null}
    </figure>
  )
}
