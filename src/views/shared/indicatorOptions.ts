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
