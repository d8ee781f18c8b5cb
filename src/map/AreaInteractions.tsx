import type { Feature, Geometry } from 'geojson'
import {
  geoJSON,
  layerGroup,
  type GeoJSON as LeafletGeoJSON,
  type LayerGroup,
  type LeafletMouseEvent,
  type Path,
} from 'leaflet'
import { useEffect, type RefObject } from 'react'
import { useMap } from 'react-leaflet'
import type { MapFeatureInfo } from './ChoroplethMap'

interface AreaInteractionsProps {
  /** The GeoJSON layer whose polygons get the interactions. */
  layerRef: RefObject<LeafletGeoJSON | null>
  /** Changes whenever the layer is rebuilt (dataset + year), so the interactions are bound to the new polygons. */
  layerKey: string
  describeRef: RefObject<(code: string) => MapFeatureInfo | undefined>
  activateRef: RefObject<((code: string) => void) | undefined>
}

function buildTooltipElement(lines: readonly string[]): HTMLElement {
  // Built with textContent, never HTML strings, so names from data cannot inject markup.
  const root = document.createElement('div')
  lines.forEach((line, i) => {
    const el = document.createElement(i === 0 ? 'strong' : 'span')
    el.textContent = line
    root.appendChild(el)
  })
  return root
}

/**
 * Makes each polygon of the layer keyboard and screen-reader accessible, the imperative part of the map kept in one
 * useMap hook: a tooltip (hover, focus), a focus ring, tabindex + role + accessible name on the SVG path, Enter and click to
 * activate, Escape to dismiss. Everything bound here is unbound when the layer changes or the map unmounts.
 */
export function AreaInteractions({ layerRef, layerKey, describeRef, activateRef }: AreaInteractionsProps) {
  const map = useMap()
  useEffect(() => {
    const layer = layerRef.current
    if (!layer) return
    const unbinders: (() => void)[] = []
    layer.eachLayer((child) => {
      const path = child as Path & { feature?: Feature<Geometry, { code: string }> }
      const code = path.feature?.properties.code
      const el = path.getElement()
      if (!code || !el) return
      path.bindTooltip(() => buildTooltipElement(describeRef.current(code)?.tooltip ?? [code]), {
        sticky: true,
        direction: 'auto',
        offset: [0, -8],
        className: 'map-tooltip',
      })
      const onClick = (event: LeafletMouseEvent) => {
        // A touch has no hover: the first tap shows the tooltip, a second tap on the same area activates it.
        const pointer = event.originalEvent as PointerEvent | undefined
        if (pointer?.pointerType === 'touch' && !path.isTooltipOpen()) {
          path.openTooltip(event.latlng)
          return
        }
        activateRef.current?.(code)
      }
      // The focus ring is drawn as an overlay on top of every polygon (neighbours would hide half of a thick stroke, and
      // moving the focused path to the front would change the tab order): black under GOV.UK yellow, so it has 3:1
      // contrast against both the darkest and the lightest class.
      let ring: LayerGroup | undefined
      const onFocus = () => {
        if (path.feature) {
          ring = layerGroup([
            geoJSON(path.feature, { interactive: false, style: { fill: false, color: '#0b0c0c', weight: 7 } }),
            geoJSON(path.feature, { interactive: false, style: { fill: false, color: '#ffdd00', weight: 3 } }),
          ]).addTo(map)
        }
        path.openTooltip()
      }
      const onBlur = () => {
        ring?.remove()
        ring = undefined
        path.closeTooltip()
      }
      const onKeyDown = (event: Event) => {
        const key = (event as KeyboardEvent).key
        if (key === 'Escape') path.closeTooltip()
        if (key === 'Enter' && activateRef.current) {
          event.preventDefault()
          activateRef.current(code)
        }
      }
      path.on('click', onClick)
      el.setAttribute('tabindex', '0')
      el.setAttribute('role', activateRef.current ? 'link' : 'img')
      el.setAttribute('aria-label', describeRef.current(code)?.label ?? code)
      el.setAttribute('data-code', code)
      el.addEventListener('focus', onFocus)
      el.addEventListener('blur', onBlur)
      el.addEventListener('keydown', onKeyDown)
      unbinders.push(() => {
        ring?.remove()
        path.off('click', onClick)
        path.unbindTooltip()
        el.removeEventListener('focus', onFocus)
        el.removeEventListener('blur', onBlur)
        el.removeEventListener('keydown', onKeyDown)
      })
    })
    return () => {
      for (const unbind of unbinders) unbind()
    }
  }, [map, layerRef, layerKey, describeRef, activateRef])
  return null
}
