import type { ExportPicture } from '../../../charts/shared/exportLayout'
import { formatYear } from '../../../charts/shared/format'
import type { BoundaryProperties } from '../../../map/areasForYear'
import { buildAreaMap, type AreaMap } from '../../../map/buildAreaMap'
import { classIndex, classColour } from '../../../map/choropleth'
import type { LegendItem } from '../../../map/MapLegend'
import type { Area } from '../../../schema/areas'
import type { Indicator } from '../../../schema/indicators'
import type { Series } from '../../../schema/series'
import type { MapDrawing } from './mapDrawing'
import { mapLegendItems } from './mapKey'

/**
 * A colour scale kept for every year of a play through the years: one year's quintile thresholds and their colours, so
 * a change of colour between years is a change of figure (each year's own quintiles would colour a fifth of the
 * authorities darkest every year, whatever happened).
 */
export interface YearScale {
  /** The year whose classes are kept. */
  year: number
  thresholds: readonly number[]
  colours: readonly string[]
}

/** The scale of the year a map shows: its own classes, as that map colours them. Pure. */
export function scaleOfYear(model: AreaMap): YearScale {
  const { thresholds } = model.choropleth
  const count = thresholds.length + 1
  return {
    year: model.year,
    thresholds,
    colours: Array.from({ length: count }, (_, i) => classColour(i, count)),
  }
}

/**
 * The legend of one year on a kept scale: each class by its fixed bounds ("under 47.5", "47.5 to under 61.2", "92.1 or
 * more"), with how many of this year's figures fall in it (none is a count, never a class dropped). Pure.
 */
export function scaleLegend(scale: YearScale, values: readonly number[], format: (v: number) => string): LegendItem[] {
  const t = scale.thresholds
  const counts = scale.colours.map(() => 0)
  for (const v of values) counts[classIndex(t, v)] = (counts[classIndex(t, v)] ?? 0) + 1
  return scale.colours.map((fill, i) => {
    const lower = t[i - 1]
    const upper = t[i]
    const label =
      lower === undefined && upper === undefined
        ? 'Every figure'
        : lower === undefined
          ? `under ${format(upper as number)}`
          : upper === undefined
            ? `${format(lower)} or more`
            : `${format(lower)} to under ${format(upper)}`
    return { fill, label, count: counts[i] ?? 0 }
  })
}

/** The short year a slide shows large while playing: "2014" rather than "year ending 31 March 2014". Pure. */
export function shortYearLabel(year: number, yearType: Indicator['yearType']): string {
  switch (yearType) {
    case '31 March':
    case '30 September':
    case 'January census':
    case 'edition':
    case 'calendar year':
      return String(year)
    default:
      return formatYear(year, yearType)
  }
}

/**
 * The England map at each year with figures, for playing it through the years on a present-mode slide. Each year is
 * drawn as /map draws it when its year is changed (buildAreaMap: that year's authorities, so one that did not exist is
 * not drawn and its predecessors or successors are; suppressed and missing figures hatched and grey, never a class),
 * but every year is coloured on the scale of the year the map shows (`reference`), which the legend says.
 */
export function mapYearPictures({
  boundaries,
  areas,
  series,
  indicator,
  years,
  reference,
  picture,
  format,
  title,
  describe,
}: {
  boundaries: readonly BoundaryProperties[]
  areas: readonly Area[]
  series: Series
  indicator: Pick<Indicator, 'unit' | 'decimals' | 'polarity' | 'topic' | 'noQuartiles' | 'yearType'>
  /** Years with figures, ascending. */
  years: readonly number[]
  /** The map as the view shows it, whose classes every year keeps. */
  reference: AreaMap
  picture: MapDrawing['picture']
  /** Legend numbers (the unit is said elsewhere). */
  format: (v: number) => string
  /** The map's title at a year, as the view titles it at that year: a slide names the year it is showing. */
  title: (year: number) => string
  /** Alt text of the map at a year (without a full stop). */
  describe: (year: number) => string
}): { label: string; title: string; picture: ExportPicture }[] {
  const scale = scaleOfYear(reference)
  const note = `Same colours in every year: the classes of ${formatYear(scale.year, indicator.yearType)} (quintiles of that year's figures), so a change of colour is a change of figure.`
  return years.map((year) => {
    const model = year === reference.year ? reference : buildAreaMap(boundaries, areas, series, indicator, year)
    const fills = new Map(
      model.areas.map((a) => [
        a.boundaryCode,
        a.datum.value === null ? a.fill : (scale.colours[classIndex(scale.thresholds, a.datum.value)] ?? a.fill),
      ]),
    )
    const values = model.areas.flatMap((a) => (a.datum.value === null ? [] : [a.datum.value]))
    const legend = [...scaleLegend(scale, values, format), ...mapLegendItems(model, format).missing]
    const drawn = picture(
      model.areas.map((a) => a.boundaryCode),
      (code) => fills.get(code),
      legend,
      `${describe(year)}. ${note}`,
    )
    return {
      label: shortYearLabel(year, indicator.yearType),
      title: title(year),
      picture: { ...drawn, legendNote: note },
    }
  })
}
