import { useMemo } from 'react'
import { ChoroplethMap, type MapFeatureInfo } from '../../map/ChoroplethMap'
import { decileFill, describeDecile } from '../../map/lsoaMap'
import { MapLegend } from '../../map/MapLegend'
import { boundsOfFeatures, type CodedFeature } from '../../map/topology'
import { MEASURE_LABELS, type GradientResult } from '../../gradient/types'
import { describeDecileRate } from '../../gradient/format'

/** A neighbourhood as the map needs it: 2011 or 2021 LSOA, its deciles with the overall IMD first. */
type DecileFeature = CodedFeature & { properties: { code: string; name: string; deciles: readonly number[] } }

/**
 * The authority's neighbourhoods (2011 LSOAs for IMD 2019, 2021 ones for IMD 2025, as the results were computed)
 * coloured by national deprivation decile. The tooltip of a neighbourhood gives its decile's figures, never its own:
 * the user's counts appear only as decile totals.
 */
export function GradientMap({
  features,
  edition,
  result,
}: {
  features: readonly DecileFeature[]
  edition: 2019 | 2025
  result: GradientResult
}) {
  const bounds = useMemo(() => boundsOfFeatures([...features]), [features])
  const ordered = useMemo(
    () => [...features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en-GB')),
    [features],
  )
  const byCode = useMemo(() => new Map(features.map((f) => [f.properties.code, f.properties])), [features])
  const counts = Array.from({ length: 10 }, (_, i) => features.filter((f) => f.properties.deciles[0] === i + 1).length)
  if (!bounds) return null
  const describe = (code: string): MapFeatureInfo | undefined => {
    const p = byCode.get(code)
    const decile = p?.deciles[0]
    if (!p || !decile) return undefined
    const lines = result.measures.map((m) => {
      const d = m.deciles[decile - 1]
      return `${MEASURE_LABELS[m.measure]}, decile ${decile}: ${d ? describeDecileRate(d) : 'no figure'}`
    })
    return {
      fill: decileFill(decile),
      tooltip: [p.name, `Decile ${describeDecile(decile)} (IMD ${edition})`, ...lines],
      label: `${p.name}: decile ${describeDecile(decile)}. Figures for the whole decile: ${lines.join('; ')}.`,
    }
  }
  return (
    <section aria-labelledby="gradient-map-title">
      <h2 id="gradient-map-title">Neighbourhoods by deprivation decile</h2>
      <p>
        Each neighbourhood is coloured by its national decile on the Index of Multiple Deprivation {edition}. Hovering
        over or tabbing to one shows the figures for its whole decile: no figure for a single neighbourhood is shown.
      </p>
      <div className="england-map__layout">
        <div className="england-map__map">
          <ChoroplethMap
            features={ordered}
            layerKey={`gradient:${result.areaCode}:${edition}`}
            describe={describe}
            view={bounds}
            label={`Map of ${result.areaName}'s neighbourhoods by deprivation decile`}
          />
        </div>
        <MapLegend
          title={`Index of Multiple Deprivation ${edition}, national decile`}
          items={counts.map((n, i) => ({ fill: decileFill(i + 1), label: describeDecile(i + 1), count: n }))}
          note="Decile 1 is the most deprived 10% of neighbourhoods in England. Darker means more deprived."
        />
      </div>
    </section>
  )
}
