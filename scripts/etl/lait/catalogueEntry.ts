import type { Indicator } from '../../../src/schema/indicators'
import { SourceError } from '../../lib/sourceError'
import type { LaitDictionaryEntry, LaitTopic } from './dictionary'

/** The catalogue id of a LAIT measure: "lait_" and its code in snake case ("Work_Force_TO_Rate" → lait_work_force_to_rate). */
export function laitIndicatorId(measure: string): string {
  const slug = measure
    .toLowerCase()
    .replace(/%/g, '_pct_')
    .replace(/&/g, '_and_')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return `lait_${slug}`
}

const TOPICS: Readonly<Record<LaitTopic, Indicator['topic']>> = {
  'Children in Need': 'children-in-need',
  'Child Protection': 'child-protection',
  'Children Looked After': 'looked-after',
  Adoption: 'adoption',
  "Children's Services Workforce": 'workforce',
  'Youth Offending': 'youth-justice',
  "Children's Service Finance": 'spending',
  'Economic Factors': 'economic',
}

const YEAR_TYPES: Readonly<Record<string, Indicator['yearType']>> = {
  Annual: '31 March',
  'Financial Year': 'financial year',
  'Annual (end of Sept)': '30 September',
  'Academic Year': 'academic year',
  'Calendar Year': 'calendar year',
  'Annual - January': 'January census',
}

/**
 * The unit of a measure from its axis name (and, for numbers, whether the dictionary says they are whole): the
 * dictionary words units freely ("% of referrals", "Turnover rate", "Starters FTE"), so each rule names a pattern.
 */
const UNIT_RULES: readonly { test: (axis: string, dps: number | undefined) => boolean; unit: Indicator['unit'] }[] = [
  { test: (a) => /^rate per 10,000\b/i.test(a), unit: 'rate per 10,000' },
  { test: (a) => /^rate per 100,000\b/i.test(a), unit: 'rate per 100,000' },
  { test: (a) => a.startsWith('%') || /^(turnover|absence) rate$/i.test(a), unit: '%' },
  { test: (a) => /\bscore$/i.test(a), unit: 'score' },
  { test: (a) => /^(unit cost|spend)$/i.test(a), unit: '£' },
  { test: (a, dps) => /^number\b/i.test(a) && dps === 0, unit: 'count' },
  { test: (a) => /\bFTE$|^social workers$|^case ?load$/i.test(a), unit: 'number' },
]

export function unitOf(entry: Pick<LaitDictionaryEntry, 'axisLabel' | 'dps'>): Indicator['unit'] | undefined {
  return UNIT_RULES.find((rule) => rule.test(entry.axisLabel, entry.dps))?.unit
}

/** LAIT's polarity: "High" is better high, "Low" better low; anything else has no better direction. */
export function polarityOf(polarity: string | undefined): Indicator['polarity'] {
  if (polarity === 'High') return 'higher-is-better'
  if (polarity === 'Low') return 'higher-is-worse'
  return 'neutral'
}

/** An Excel date serial ("45931") as an ISO date (2025-10-01); words ("TBC", "New data") as published. */
export function excelDate(cell: string | undefined): string | undefined {
  if (cell === undefined || !/^\d{5}$/.test(cell)) return cell
  return new Date(Date.UTC(1899, 11, 30) + Number(cell) * 86_400_000).toISOString().slice(0, 10)
}

/**
 * The decimal places a measure is shown with: the dictionary's `dps`; where it gives none, LAIT shows one place, or
 * none when every published value is whole (DfE publishes those percentages as whole numbers, e.g. care leavers in
 * education, employment or training, 51%).
 */
export function decimalsOf(dps: number | undefined, values: readonly number[]): number {
  if (dps !== undefined) return dps
  return values.every((v) => Number.isInteger(Number(v.toPrecision(12)))) ? 0 : 1
}

/** What the catalogue needs besides the dictionary entry, learnt from the measure's rows. */
export interface LaitMeasureShape {
  decimals: number
  /** The periods are three-year periods ("2014-16"). */
  threeYear: boolean
}

/**
 * The catalogue entry of a LAIT measure, from its dictionary entry: title, chart title, unit and axis name, decimals,
 * polarity, year type, description, methodology, publisher, last and next update and the LAIT code. A unit or year
 * type the rules do not know stops the ETL, naming the dictionary row.
 */
export function laitIndicator(entry: LaitDictionaryEntry, shape: LaitMeasureShape, file: string): Indicator {
  const at = (column: string) => ({ file, row: entry.row, column })
  const unit = unitOf(entry)
  if (!unit)
    throw new SourceError(at('y_axis_name'), `no unit known for the axis name "${entry.axisLabel}" (${entry.measure})`)
  const yearType = shape.threeYear ? 'three-year period' : YEAR_TYPES[entry.yearType]
  if (!yearType) throw new SourceError(at('Year_Type'), `unknown year type "${entry.yearType}" (${entry.measure})`)
  const roundedNote =
    entry.dps === undefined
      ? ` LAIT's dictionary gives no decimal places for it; values are shown to ${shape.decimals}, ${shape.decimals === 0 ? 'as every published value is whole' : 'as LAIT shows them'}.`
      : ''
  const offsetNote =
    yearType === '30 September'
      ? ' A figure is shown where the authority existed on 30 September of that year: Bournemouth, Christchurch and Poole (created 1 April 2019) from 2019, the authorities it replaced to 2018.'
      : yearType === 'academic year'
        ? ' A school year belongs to the authorities of the children’s census at 31 March within it, as LAIT gives it: 2018/19 to Bournemouth, Poole and the Dorset county council, 2019/20 to Bournemouth, Christchurch and Poole.'
        : yearType === 'calendar year'
          ? ' A calendar year belongs to the authorities in place when it starts, as LAIT gives it: 2019 to the Dorset county council, 2020 to Dorset.'
          : ''
  return {
    id: laitIndicatorId(entry.measure),
    label: entry.title,
    shortLabel: entry.title,
    topic: TOPICS[entry.topic],
    unit,
    decimals: shape.decimals,
    polarity: polarityOf(entry.polarity),
    yearType,
    source: ['lait'],
    definition: entry.description ?? entry.chartTitle ?? entry.title,
    method: `As published in DfE's Local Authority Interactive Tool (LAIT, April 2026 data); what LAIT does not give ("-": suppressed or not available) is shown as missing.${roundedNote}${offsetNote}`,
    laitMeasure: entry.measure,
    ...(entry.chartTitle && { chartTitle: entry.chartTitle }),
    axisLabel: entry.axisLabel,
    ...(entry.methodology && { methodology: entry.methodology }),
    ...(entry.publisher && { publisher: entry.publisher }),
    ...(entry.lastUpdate && { lastUpdate: excelDate(entry.lastUpdate) }),
    ...(entry.nextUpdate && { nextUpdate: excelDate(entry.nextUpdate) }),
    ...(entry.noQuartiles && { noQuartiles: true }),
  }
}
