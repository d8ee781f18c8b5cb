import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

export const LAIT_DICTIONARY_FILE = 'lait/lait_data_dictionary.csv'

/** The LAIT topics about children's social care and its context that the catalogue takes every measure of. */
export const LAIT_TOPICS = [
  'Children in Need',
  'Child Protection',
  'Children Looked After',
  'Adoption',
  "Children's Services Workforce",
  'Youth Offending',
  "Children's Service Finance",
  'Economic Factors',
] as const
export type LaitTopic = (typeof LAIT_TOPICS)[number]

/** One measure as LAIT's data dictionary describes it, cells as published (trimmed; "NA" and blanks as undefined). */
export interface LaitDictionaryEntry {
  /** `Measure_short`: the code LAIT's data file uses for the measure. */
  measure: string
  topic: LaitTopic
  title: string
  chartTitle?: string
  /** `Polarity`: "High", "Low", or a blank / "-" / "NA" for a measure with no better direction. */
  polarity?: string
  /** `y_axis_name`, e.g. "Rate per 10,000", "% of referrals", "Turnover rate". */
  axisLabel: string
  description?: string
  methodology?: string
  publisher?: string
  /** Excel date serial or words ("New data", "TBC"). */
  lastUpdate?: string
  nextUpdate?: string
  /** Published decimal places, where the dictionary gives them. */
  dps?: number
  /** `Year_Type`, e.g. "Financial Year", "Academic Year", "Annual (end of Sept)". */
  yearType: string
  /** `No_Quartile` = "N": LAIT shows no quartile band (the range is too small). */
  noQuartiles: boolean
  /** The row's line in the dictionary, for error messages. */
  row: number
}

const COLUMNS = [
  'Topic',
  'Measure',
  'Chart_title',
  'Measure_short',
  'Polarity',
  'y_axis_name',
  'Description',
  'Last Update',
  'Next Update',
  'Data Owner (DO) /Supplier and Contact Details',
  'Methodology',
  'dps',
  'Year_Type',
  'No_Quartile',
] as const

/** The dictionary's words for "nothing here". */
const EMPTY = new Set(['', 'NA', '-'])
/** A cell's text, trimmed, line endings made "\n" (the file has "\r\r\n" inside quoted text); undefined if empty. */
const text = (cell: string | undefined) => {
  const t = (cell ?? '').replace(/\r+\n?/g, '\n').trim()
  return EMPTY.has(t) ? undefined : t
}

/**
 * Reads the dictionary's entries for the given topics, one per measure. A measure listed twice in these topics, or a
 * row without a measure code, title, axis name or year type, stops the ETL naming the row; a `dps` that is not a
 * whole number of places does too.
 */
export function parseLaitDictionary(
  table: CsvTable,
  topics: readonly string[] = LAIT_TOPICS,
): Map<string, LaitDictionaryEntry> {
  const col = requireColumns(table, COLUMNS)
  const entries = new Map<string, LaitDictionaryEntry>()
  table.rows.forEach((cells, i) => {
    const topic = (cells[col.Topic] ?? '').trim()
    if (!topics.includes(topic)) return
    const row = table.firstRowNumber + i
    const at = (column: string) => ({ file: table.file, row, column })
    const required = (column: (typeof COLUMNS)[number]) => {
      const value = text(cells[col[column]])
      if (value === undefined)
        throw new SourceError(at(column), `expected a value, found "${cells[col[column]] ?? ''}"`)
      return value
    }
    const measure = required('Measure_short')
    if (entries.has(measure))
      throw new SourceError(
        at('Measure_short'),
        `measure "${measure}" is listed twice (rows ${entries.get(measure)?.row} and ${row})`,
      )
    const dpsText = text(cells[col.dps])
    if (dpsText !== undefined && !/^\d$/.test(dpsText))
      throw new SourceError(at('dps'), `expected a number of decimal places, found "${dpsText}"`)
    entries.set(measure, {
      measure,
      topic: topic as LaitTopic,
      title: required('Measure'),
      chartTitle: text(cells[col.Chart_title]),
      polarity: text(cells[col.Polarity]),
      axisLabel: required('y_axis_name'),
      description: text(cells[col.Description]),
      methodology: text(cells[col.Methodology]),
      // "0" is what the dictionary has where it names no publisher.
      publisher: text(cells[col['Data Owner (DO) /Supplier and Contact Details']]?.replace(/^\s*0\s*$/, '')),
      lastUpdate: text(cells[col['Last Update']]),
      nextUpdate: text(cells[col['Next Update']]),
      dps: dpsText === undefined ? undefined : Number(dpsText),
      yearType: required('Year_Type'),
      noQuartiles: text(cells[col.No_Quartile]) === 'N',
      row,
    })
  })
  return entries
}

/** Every measure code the dictionary lists, in any topic (to tell a new measure from one outside our topics). */
export function dictionaryMeasures(table: CsvTable): Set<string> {
  const col = requireColumns(table, ['Measure_short'])
  return new Set(table.rows.map((cells) => (cells[col.Measure_short] ?? '').trim()).filter((m) => m !== ''))
}
