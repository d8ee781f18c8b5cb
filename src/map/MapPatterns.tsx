import { SUPPRESSED_PATTERN_ID } from './palette'

/**
 * SVG definitions the map paths and legend swatches refer to by url(#id): a diagonal hatch for suppressed figures,
 * so "withheld" reads differently from "no figure" (grey) without relying on colour. Render once per page.
 */
export function MapPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern
          id={SUPPRESSED_PATTERN_ID}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#505a5f" strokeWidth="2.5" />
        </pattern>
      </defs>
    </svg>
  )
}
