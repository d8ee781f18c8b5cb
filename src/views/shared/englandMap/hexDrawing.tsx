import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { hexCartogramQuery } from '../../../data/queries'
import { hexBox, hexCentre, hexPath, HEX_TILE_WIDTH } from '../../../map/hexGrid'
import { buildSvgMapPicture, type PictureShape } from '../../../map/svgMapPicture'
import { SvgChoroplethMap, type SvgMapLabel } from '../../../map/SvgChoroplethMap'
import type { HexCartogramTile } from '../../../schema/geo'
import { loadOf } from '../pageLoad'
import { unionOfBoxes } from './svgDrawing'
import { isLondonBorough, type DrawnMapProps, type MapDrawing } from './mapDrawing'

/** Tile edges in exported pictures: thick enough to part tiles of one class at a slide's size. */
const TILE_EDGE = HEX_TILE_WIDTH * 0.03
/** Tile labels: three capitals fit a tile with room either side. */
const LABEL_SIZE = HEX_TILE_WIDTH * 0.38

/** A tile as the SVG map draws it: its hexagon, the box around it and its label at the centre. */
interface DrawnTile extends PictureShape {
  label: SvgMapLabel
}

function drawTile(tile: HexCartogramTile): DrawnTile {
  const [x, y] = hexCentre(tile)
  return {
    code: tile.code,
    name: tile.name,
    d: hexPath(tile),
    box: hexBox([tile]) ?? [x, y, x, y],
    label: { code: tile.code, x, y, text: tile.abbreviation },
  }
}

function HexEnglandMap({ tiles, ...props }: DrawnMapProps & { tiles: ReadonlyMap<string, DrawnTile> }) {
  const drawn = useMemo(
    () => props.codes.map((c) => tiles.get(c)).filter((t): t is DrawnTile => t !== undefined),
    [props.codes, tiles],
  )
  const shapes = useMemo(() => drawn.map((t) => ({ code: t.code, d: t.d })), [drawn])
  const labels = useMemo(() => drawn.map((t) => t.label), [drawn])
  const england = useMemo(() => unionOfBoxes(drawn.map((t) => t.box)), [drawn])
  const london = useMemo(() => unionOfBoxes(drawn.filter((t) => isLondonBorough(t.code)).map((t) => t.box)), [drawn])
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
      labels={labels}
      labelSize={LABEL_SIZE}
      fitWidthOnNarrow
    />
  )
}

/**
 * The England map as the hex cartogram (geo/hex-cartogram.json): one equal hexagon per authority, labelled with its
 * three-letter abbreviation, drawn and exported as the pre-projected SVG map is. Loads its file only when `enabled`.
 */
export function useHexDrawing(enabled: boolean): MapDrawing {
  const hex = useQuery({ ...hexCartogramQuery(), enabled })
  const tiles = useMemo(() => new Map((hex.data?.tiles ?? []).map((t) => [t.code, drawTile(t)])), [hex.data])
  return {
    boundaries: hex.data?.tiles,
    load: loadOf([hex]),
    render: (props) => <HexEnglandMap tiles={tiles} {...props} />,
    picture: (codes, fillOf, legend, description) => {
      const drawn = codes.map((c) => tiles.get(c)).filter((t): t is DrawnTile => t !== undefined)
      return buildSvgMapPicture(drawn, fillOf, legend, description, {
        labels: drawn.map((t) => t.label),
        labelSize: LABEL_SIZE,
        strokeWidth: TILE_EDGE,
      })
    },
  }
}
