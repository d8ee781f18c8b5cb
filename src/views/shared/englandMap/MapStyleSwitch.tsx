import { MAP_STYLES, type MapStyle } from '../../../state/dashboardState'

const STYLE_NAMES: Record<MapStyle, string> = { geographic: 'Map', hex: 'Hex cartogram' }

/** "Map | Hex cartogram": two buttons, the pressed one showing which drawing of England is on screen. */
export function MapStyleSwitch({ value, onChange }: { value: MapStyle; onChange: (style: MapStyle) => void }) {
  return (
    <div className="map-style-switch" role="group" aria-label="Draw England as">
      {MAP_STYLES.map((style) => (
        <button
          key={style}
          type="button"
          className={`button button--small ${style === value ? '' : 'button--secondary'}`}
          aria-pressed={style === value}
          onClick={() => onChange(style)}
        >
          {STYLE_NAMES[style]}
        </button>
      ))}
    </div>
  )
}
