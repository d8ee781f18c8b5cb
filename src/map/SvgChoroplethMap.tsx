import './map.css'
import { useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent } from 'react'
import type { MapFeatureInfo } from './ChoroplethMap'
import { labelColourOn } from './labelColour'
import { BOUNDARY_COLOUR } from './palette'

/** One authority as the pre-projected map draws it (geo/utla.svg.json). */
export interface SvgMapShape {
  code: string
  /** SVG path data on the file's grid. */
  d: string
}

/** A short name written on a shape (the hex cartogram's tiles), centred at x, y on the grid. */
export interface SvgMapLabel {
  code: string
  x: number
  y: number
  text: string
}

export interface SvgChoroplethMapProps {
  /** Shapes to draw, in keyboard (tab) order. */
  shapes: readonly SvgMapShape[]
  describe: (code: string) => MapFeatureInfo | undefined
  /** Click or Enter on a shape; without it shapes are focusable but not links. */
  onActivate?: ((code: string) => void) | undefined
  /** The part of the grid to show, [x0, y0, x1, y1]: all of England, or London when zoomed. */
  view: readonly [number, number, number, number]
  /** Accessible name of the map region. */
  label: string
  /** The map's height in px (to fit the first screen); null: the stylesheet's. */
  height?: number | null | undefined
  /** Names written on the shapes, in grid units of `labelSize`; hidden from screen readers (each shape has its name). */
  labels?: readonly SvgMapLabel[] | undefined
  labelSize?: number | undefined
  /**
   * On a narrow screen, be as tall as the view's shape needs at the full width (up to most of the screen) rather than
   * the stylesheet's fixed height: the hex cartogram is taller than wide, and its tiles' labels need the room.
   */
  fitWidthOnNarrow?: boolean | undefined
}

interface Tip {
  code: string
  /** Where the tooltip points, in px from the map's top left corner. */
  x: number
  y: number
  /** How far along the map it points (0 left, 1 right), so near an edge the tooltip opens inwards. */
  shift: number
}

/**
 * A choropleth drawn as plain SVG from paths the build projected beforehand: no map library, so it paints as soon as
 * its data is in. It behaves as the Leaflet map does (ChoroplethMap with AreaInteractions): every shape is focusable;
 * hover or focus shows its tooltip, Escape hides it, Enter or click activates it (on touch, the first tap shows the
 * tooltip and a second activates); the focus ring is drawn above every neighbour. Zooming to London changes the
 * viewBox; there is no panning, which the full map on /map offers.
 */
export function SvgChoroplethMap({
  shapes,
  describe,
  onActivate,
  view,
  label,
  height = null,
  labels = [],
  labelSize = 0,
  fitWidthOnNarrow = false,
}: SvgChoroplethMapProps) {
  const frame = useRef<HTMLDivElement>(null)
  const [tip, setTip] = useState<Tip | null>(null)
  const [focused, setFocused] = useState<string | null>(null)
  const pointerType = useRef<string>('mouse')
  const [x0, y0, x1, y1] = view
  // A little room around the shapes, as Leaflet's fitBounds padding gives.
  const pad = Math.max(x1 - x0, y1 - y0) * 0.01
  const viewBox = `${x0 - pad} ${y0 - pad} ${x1 - x0 + 2 * pad} ${y1 - y0 + 2 * pad}`

  const offsetOf = (clientX: number, clientY: number) => {
    const box = frame.current?.getBoundingClientRect()
    if (!box || box.width === 0) return { x: 0, y: 0, shift: 0.5 }
    const x = clientX - box.left
    return { x, y: clientY - box.top, shift: Math.min(1, Math.max(0, x / box.width)) }
  }
  const showAtCentre = (code: string, el: Element) => {
    const box = el.getBoundingClientRect()
    setTip({ code, ...offsetOf(box.left + box.width / 2, box.top + box.height / 2) })
  }
  const focusedShape = focused ? shapes.find((s) => s.code === focused) : undefined
  const tipInfo = tip ? describe(tip.code) : undefined

  return (
    <div
      ref={frame}
      className={`choropleth-map svg-map${fitWidthOnNarrow ? ' svg-map--fit-width' : ''}`}
      role="region"
      aria-label={label}
      style={height !== null ? ({ '--map-height': `${height}px` } as CSSProperties) : undefined}
      onPointerLeave={() => setTip((t) => (t && t.code === focused ? t : null))}
    >
      <svg
        className="svg-map__svg"
        viewBox={viewBox}
        preserveAspectRatio="xMidYMid meet"
        style={fitWidthOnNarrow ? { aspectRatio: `${x1 - x0 + 2 * pad} / ${y1 - y0 + 2 * pad}` } : undefined}
      >
        {shapes.map((shape) => {
          const info = describe(shape.code)
          return (
            <path
              key={shape.code}
              d={shape.d}
              className="map-area"
              fill={info?.fill ?? '#ffffff'}
              fillRule="evenodd"
              stroke={BOUNDARY_COLOUR}
              strokeWidth={0.6}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
              tabIndex={0}
              role={onActivate ? 'link' : 'img'}
              aria-label={info?.label ?? shape.code}
              data-code={shape.code}
              onPointerDown={(event: ReactPointerEvent) => (pointerType.current = event.pointerType)}
              onPointerMove={(event) => setTip({ code: shape.code, ...offsetOf(event.clientX, event.clientY) })}
              onFocus={(event) => {
                setFocused(shape.code)
                showAtCentre(shape.code, event.currentTarget)
              }}
              onBlur={() => {
                setFocused(null)
                setTip(null)
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setTip(null)
                if (event.key === 'Enter' && onActivate) {
                  event.preventDefault()
                  onActivate(shape.code)
                }
              }}
              onClick={(event) => {
                // A touch has no hover: the first tap shows the tooltip, a second tap on the same area activates it.
                if (pointerType.current === 'touch' && tip?.code !== shape.code) {
                  setTip({ code: shape.code, ...offsetOf(event.clientX, event.clientY) })
                  return
                }
                onActivate?.(shape.code)
              }}
            />
          )
        })}
        {labels.length ? (
          <g className="svg-map__labels" aria-hidden="true" pointerEvents="none" fontSize={labelSize}>
            {labels.map((l) => (
              <text
                key={l.code}
                x={l.x}
                y={l.y}
                textAnchor="middle"
                dominantBaseline="central"
                fill={labelColourOn(describe(l.code)?.fill ?? '#ffffff')}
              >
                {l.text}
              </text>
            ))}
          </g>
        ) : null}
        {focusedShape ? (
          // Above every shape, so no neighbour hides half of it: black under GOV.UK yellow, 3:1 against any class.
          <g className="svg-map__focus" aria-hidden="true" pointerEvents="none">
            <path d={focusedShape.d} fill="none" stroke="#0b0c0c" strokeWidth={7} vectorEffect="non-scaling-stroke" />
            <path d={focusedShape.d} fill="none" stroke="#ffdd00" strokeWidth={3} vectorEffect="non-scaling-stroke" />
          </g>
        ) : null}
      </svg>
      {tip && tipInfo ? (
        <div
          className="map-tooltip svg-map__tooltip"
          role="tooltip"
          style={{ left: tip.x, top: tip.y, '--tip-shift': tip.shift } as CSSProperties}
        >
          {tipInfo.tooltip.map((line, i) => (i === 0 ? <strong key={i}>{line}</strong> : <span key={i}>{line}</span>))}
        </div>
      ) : null}
    </div>
  )
}
