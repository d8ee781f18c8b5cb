import { EnglandMap } from '../shared/englandMap/EnglandMap'

/** /map: one indicator for every authority in England, in a year the user steps through. */
export function MapView() {
  // EnglandMap shows the link notices, here as on the home page.
  return (
    <>
      <title>Map of England – CSC Explorer</title>
      <h1>Map of England</h1>
      <p className="lead">
        Compare every local authority with children&apos;s services on one indicator, year by year.
      </p>
      <EnglandMap titleLevel={2} />
    </>
  )
}
