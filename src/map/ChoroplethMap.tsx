import 'leaflet/dist/leaflet.css'
import './map.css'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { GeoJSON as LeafletGeoJSON, Path, PathOptions } from 'leaflet'
import { useCallback, useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react'
import { GeoJSON, MapContainer, useMap } from 'react-leaflet'
import { AreaInteractions } from './AreaInteractions'
import { BOUNDARY_COLOUR } from './palette'
import type { CodedFeature, LatLngBox } from './topology'
import { useReducedMotion } from './useReducedMotion'

/** What the map needs to know about one drawn area; computed by the model, never by the map. */
export interface MapFeatureInfo {
  fill: string
  /** Tooltip lines: the first is the area's name (shown bold). */
  tooltip: readonly string[]
  /** Accessible name of the focusable polygon (a sentence with the same content as the tooltip). */
  label: string
}

export interface ChoroplethMapProps {
  /** Features to draw, in keyboard (tab) order. */
  features: readonly CodedFeature[]
  /**
   * Identifies the set of polygons: the layer is rebuilt when it changes (react-leaflet props are immutable); new
   * figures for the same polygons only recolour them.
   */
  layerKey: string
  describe: (code: string) => MapFeatureInfo | undefined
  /** Click or Enter on a polygon; without it polygons are focusable but not links. */
  onActivate?: ((code: string) => void) | undefined
  /** The box to show; changing it pans and zooms (no animation when the user prefers reduced motion). */
  view: LatLngBox
  /** Accessible name of the map region. */
  label: string
  className?: string | undefined
  /** The map's height in px (to fit the first screen); null or absent: the stylesheet's. */
  height?: number | null | undefined
}

/** Keeps the map fitted to `view` and to its box's size; the only place the map is moved imperatively. */
function FitView({ view, animate, height }: { view: LatLngBox; animate: boolean; height: number | null }) {
  const map = useMap()
  const [[south, west], [north, east]] = view
  useEffect(() => {
    // A new height reaches the box after Leaflet measured it: measure again before fitting.
    if (height !== null) map.invalidateSize({ animate: false })
    map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { animate, padding: [4, 4] },
    )
  }, [map, south, west, north, east, animate, height])
  return null
}

/**
 * A choropleth drawn with Leaflet from local boundaries, with no tile server (plain background).
 * Every polygon is focusable: focus or hover shows its tooltip, Enter or click activates it.
 */
export function ChoroplethMap({
  features,
  layerKey,
  describe,
  onActivate,
  view,
  label,
  className,
  height = null,
}: ChoroplethMapProps) {
  const reducedMotion = useReducedMotion()
  // Leaflet keeps the callbacks it was created with; refs let them reach the latest props without rebuilding the layer.
  const describeRef = useRef(describe)
  const activateRef = useRef(onActivate)
  const layerRef = useRef<LeafletGeoJSON | null>(null)
  // The same polygons with new figures (another indicator or year) are recoloured and relabelled in place, which costs
  // far less than rebuilding the layer (rebuilt only when `layerKey` changes). Before paint, so no frame shows the old
  // colours; only the fill is touched (one attribute per polygon, not Leaflet's whole style).
  useLayoutEffect(() => {
    describeRef.current = describe
    activateRef.current = onActivate
    layerRef.current?.eachLayer((child) => {
      const path = child as Path & { feature?: Feature<Geometry, { code: string }> }
      const code = path.feature?.properties.code
      if (!code) return
      const info = describe(code)
      const fill = info?.fill ?? '#ffffff'
      // Kept in the options too, so Leaflet's own restyling (a new renderer, a hover style) keeps the colour.
      path.options.fillColor = fill
      const element = path.getElement()
      element?.setAttribute('fill', fill)
      element?.setAttribute('aria-label', info?.label ?? code)
    })
  })
  // One style function for the component's life, so react-leaflet never restyles every polygon on a render; a new layer
  // takes its fill from it (the first render's figures) and the effect above brings it up to date before paint.
  const style = useCallback(
    (feature: Feature<Geometry, { code: string }> | undefined): PathOptions => ({
      fillColor: (feature && describeRef.current(feature.properties.code)?.fill) ?? '#ffffff',
      fillOpacity: 1,
      color: BOUNDARY_COLOUR,
      weight: 0.6,
      className: 'map-area',
    }),
    [],
  )

  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] }
  const [[south, west], [north, east]] = view
  return (
    <div
      className={['choropleth-map', className].filter(Boolean).join(' ')}
      role="region"
      aria-label={label}
      // MapContainer keeps the style it was created with, so the height reaches it through a custom property.
      style={height !== null ? ({ '--map-height': `${height}px` } as CSSProperties) : undefined}
    >
      <MapContainer
        bounds={[
          [south, west],
          [north, east],
        ]}
        zoomSnap={0.25}
        zoomDelta={0.5}
        minZoom={4}
        maxZoom={13}
        scrollWheelZoom={false}
        attributionControl={false}
        zoomAnimation={!reducedMotion}
        fadeAnimation={!reducedMotion}
        markerZoomAnimation={!reducedMotion}
        inertia={!reducedMotion}
        className="choropleth-map__leaflet"
      >
        <GeoJSON key={layerKey} ref={layerRef} data={collection} style={style} />
        <AreaInteractions layerRef={layerRef} layerKey={layerKey} describeRef={describeRef} activateRef={activateRef} />
        <FitView view={view} animate={!reducedMotion} height={height} />
      </MapContainer>
    </div>
  )
}
