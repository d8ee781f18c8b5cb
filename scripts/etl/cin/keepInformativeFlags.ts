import type { AreaRegistry } from '../areas/registry'
import type { Observation } from '../types'

/**
 * LAIT writes "-" for every figure it lacks, whatever the reason: Hackney 2021-2022 (which the EES files mark `x`,
 * not available), City of London's suppressed plans (`c`), Hampshire 2024 (`u`, low reliability), and even figures
 * the EES files publish, such as the pre-2019 Dorset, Bournemouth and Poole rates. Being the most recent
 * publication, its "-" would otherwise win over those. So a LAIT "-" is dropped wherever an older publication has
 * the figure or a flag for it, and wherever the authority did not exist that year (build-data then marks it `z`);
 * it stays only where it is the sole word on that figure.
 *
 * Returns the kept observations and how many blanks were dropped.
 */
export function keepInformativeFlags(
  observations: readonly Observation[],
  areas: AreaRegistry,
): { observations: Observation[]; droppedBlanks: number } {
  const key = (o: Observation) => `${o.indicatorId}|${o.areaCode}|${o.year}`
  const isLaitBlank = (o: Observation) => o.sourceId === 'lait' && o.value === null && o.flag === '-'
  const otherwiseKnown = new Set(observations.filter((o) => !isLaitBlank(o)).map(key))
  const kept = observations.filter(
    (o) => !isLaitBlank(o) || (!otherwiseKnown.has(key(o)) && isWithinLifetime(o, areas)),
  )
  return { observations: kept, droppedBlanks: observations.length - kept.length }
}

function isWithinLifetime({ areaCode, year }: Observation, areas: AreaRegistry): boolean {
  const area = areas.findByCode(areaCode)
  if (!area) return true // England and the regions
  return (
    (area.firstYear === undefined || year >= area.firstYear) && (area.lastYear === undefined || year <= area.lastYear)
  )
}
