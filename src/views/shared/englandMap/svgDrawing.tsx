import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { utlaSvgMapQuery } from '../../../data/queries'
import { buildSvgMapPicture } from '../../../map/svgMapPicture'
import { SvgChoroplethMap, type SvgMapShape } from '../../../map/SvgChoroplethMap'
import type { UtlaSvgMapArea } from '../../../schema/geo'
import { loadOf } from '../pageLoad'
import { isLondonBorough, type DrawnMapProps, type MapDrawing } from './mapDrawing'

type Box = readonly [number, number, number, number]

/** The box around some areas' boxes, or undefined for none. */
export function unionOfBoxes(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ]
}

function SvgEnglandMap({ areas, ...props }: DrawnMapProps & { areas: ReadonlyMap<string, UtlaSvgMapArea> }) {
  const drawn = useMemo(
    () => props.codes.map((c) => areas.get(c)).filter((a): a is UtlaSvgMapArea => a !== undefined),
    [props.codes, areas],
  )
  const shapes = useMemo<SvgMapShape[]>(() => drawn.map((a) => ({ code: a.code, d: a.d })), [drawn])
  const england = useMemo(() => unionOfBoxes(drawn.map((a) => a.box)), [drawn])
  const london = useMemo(() => unionOfBoxes(drawn.filter((a) => isLondonBorough(a.code)).map((a) => a.box)), [drawn])
  const view = props.zoom === 'london' && london ? london : england
  if (!view) return null
  return (
    <SvgChoroplethMap
      shapes={shapes}
      describe={props.describe}
      onActivate={props.onActivate}
      view={view}
      label={props.label}
      height={props.height}
    />
  )
}

/**
 * The England map as pre-projected SVG paths (geo/utla.svg.json), with no map library: for the home page. Its file is
 * fetched only while `enabled` (not while the hex cartogram is shown instead).
 */
export function useSvgDrawing(enabled: boolean): MapDrawing {
  const svg = useQuery({ ...utlaSvgMapQuery(), enabled })
  const areas = useMemo(() => new Map((svg.data?.areas ?? []).map((a) => [a.code, a])), [svg.data])
  return {
    boundaries: svg.data?.areas,
    load: loadOf([svg]),
    render: (props) => <SvgEnglandMap areas={areas} {...props} />,
    picture: (codes, fillOf, legend, description) =>
      buildSvgMapPicture(
        codes.map((c) => areas.get(c)).filter((a): a is UtlaSvgMapArea => a !== undefined),
        fillOf,
        legend,
        description,
      ),
  }
}
