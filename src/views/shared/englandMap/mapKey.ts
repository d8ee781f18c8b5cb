import { formatClassRange } from '../../../map/choropleth'
import type { AreaMap, MapArea } from '../../../map/buildAreaMap'
import type { MapFeatureInfo } from '../../../map/ChoroplethMap'
import type { LegendItem } from '../../../map/MapLegend'
import { NO_DATA_FILL, SUPPRESSED_FILL } from '../../../map/palette'

/** An authority's tooltip lines and accessible name; `when` starts with a capital ("Year ending 31 March 2024"). */
export function describeMapArea(area: MapArea, when: string): MapFeatureInfo {
  return {
    fill: area.fill,
    tooltip: [area.name, `${when}: ${area.valueText}`, area.rankText],
    label: `${area.name}. ${when}: ${area.valueText}. ${area.rankText}.`,
  }
}

/**
 * The legend of an England map: its colour classes (bare numbers from `format`, the unit being in the legend's
 * title), then the suppressed and missing styles with how many authorities each has (never folded into a class).
 */
export function mapLegendItems(model: AreaMap, format: (value: number) => string) {
  const countStatus = (status: MapArea['status']) => model.areas.filter((a) => a.status === status).length
  const classes: LegendItem[] = model.choropleth.classes.map((c) => ({
    fill: c.colour,
    label: formatClassRange(c, format),
    count: c.count,
  }))
  const missing: LegendItem[] = [
    { fill: SUPPRESSED_FILL, label: 'Suppressed (withheld by the publisher)', count: countStatus('suppressed') },
    { fill: NO_DATA_FILL, label: 'No figure (not available or not published)', count: countStatus('no-data') },
  ]
  return { classes, missing }
}

/** How the classes were made and who is left out of them, in a sentence or two under the legend. */
export function mapLegendNote(model: AreaMap): string {
  return [
    `Classes are quintiles (five groups of about equal size) of the ${model.choropleth.breakCount} authorities with a figure; darker means higher.`,
    model.excludedNames.length
      ? `${model.excludedNames.join(' and ')} ${model.excludedNames.length > 1 ? 'are' : 'is'} left out of the class breaks and the ranks (very small populations); a figure they have is still coloured.`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
}
