import { TOPIC_NAMES } from '../../model/indicators'
import { TOPICS, type Indicator } from '../../schema/indicators'
import { searchIndicators } from '../../search/searchIndicators'

/** One topic's indicators as the picker lists them. */
export interface IndicatorGroup {
  topic: (typeof TOPICS)[number]
  name: string
  indicators: Indicator[]
}

/**
 * The picker's options, grouped by topic: every indicator in topic order when nothing is typed; otherwise the matches,
 * the topic of the best match first and the best matches first within each topic.
 */
export function groupIndicatorOptions(query: string, indicators: readonly Indicator[]): IndicatorGroup[] {
  const typed = query.trim() !== ''
  const found = typed ? searchIndicators(query, indicators) : indicators
  const topics = typed ? [...new Set(found.map((i) => i.topic))] : TOPICS
  return topics.flatMap((topic) => {
    const inTopic = found.filter((i) => i.topic === topic)
    return inTopic.length ? [{ topic, name: TOPIC_NAMES[topic], indicators: inTopic }] : []
  })
}

const MAX_DESCRIPTION = 160

/** The first sentence of the indicator's definition, shortened to a line or two for an option's second line. */
export function briefDescription(indicator: Pick<Indicator, 'definition'>): string {
  const text = indicator.definition.replace(/\s+/g, ' ').trim()
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text
  if (sentence.length <= MAX_DESCRIPTION) return sentence
  const cut = sentence.slice(0, MAX_DESCRIPTION)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

/** When a measure's figures are taken, for an option whose description does not say which measure it is. */
const YEAR_TYPE_PHRASES: Readonly<Record<Indicator['yearType'], string>> = {
  '31 March': 'at 31 March each year',
  'financial year': 'each financial year',
  '30 September': 'at 30 September each year',
  'academic year': 'each academic year',
  'calendar year': 'each calendar year',
  'January census': 'in the January school census',
  'three-year period': 'over three-year periods',
  edition: 'by edition',
}

/**
 * Each option's second line, by indicator id: the start of its definition, unless another indicator in the picker
 * starts the same way. LAIT's dictionary gives one description to whole families of measures (every social work
 * workforce measure starts "National and local level information on the children and family social work
 * workforce…"), which would make their options look alike; such an option says instead what the measure counts and
 * when, from its own chart title (or axis name) and year type: "Social worker turnover (%), at 30 September each year".
 */
export function optionDetails(indicators: readonly Indicator[]): Map<string, string> {
  const uses = new Map<string, number>()
  for (const indicator of indicators) {
    const brief = briefDescription(indicator)
    uses.set(brief, (uses.get(brief) ?? 0) + 1)
  }
  return new Map(
    indicators.map((indicator) => {
      const brief = briefDescription(indicator)
      return [indicator.id, (uses.get(brief) ?? 0) > 1 ? specificDetail(indicator) : brief]
    }),
  )
}

function specificDetail(indicator: Indicator): string {
  const title = indicator.chartTitle?.trim()
  const what =
    title && title.toLowerCase() !== indicator.label.trim().toLowerCase()
      ? title
      : (indicator.axisLabel ?? indicator.unit)
  return `${what}, ${YEAR_TYPE_PHRASES[indicator.yearType]}`
}
