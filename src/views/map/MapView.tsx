import { EnglandMap } from '../shared/englandMap/EnglandMap'
import { useLeafletDrawing } from '../shared/englandMap/leafletDrawing'
import { useSearchParams } from 'react-router'
import { requestedMapStyle } from '../../state/dashboardState'

/** /map: one indicator for every authority in England, in a year the user steps through. */
export function MapView() {
  // Leaflet here, for panning and zooming into any part of England; its boundaries are not fetched for the cartogram.
  const drawing = useLeafletDrawing(requestedMapStyle(useSearchParams()[0]) !== 'hex')
  // EnglandMap shows the link notices, here as on the home page.
  return (
    <>
      <title>Map of England – CSC Explorer</title>
      <h1>Map of England</h1>
      <p className="lead">
        Compare every local authority with children&apos;s services on one indicator, year by year.
      </p>
      <EnglandMap drawing={drawing} titleLevel={2} />
    </>
  )
}
