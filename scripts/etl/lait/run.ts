import { join } from 'node:path'
import { parseNumberCell } from '../../lib/cells'
import { readCsv } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'
import type { AreaRegistry } from '../areas/registry'
import { emptyReport, type EtlContext, type SourceOutput } from '../types'
import { decimalsOf, laitIndicator, laitIndicatorId } from './catalogueEntry'
import { yearsEnglandOutsideRegions } from './englandCheck'
import { dictionaryMeasures, LAIT_DICTIONARY_FILE, parseLaitDictionary, type LaitDictionaryEntry } from './dictionary'
import { parseLaitObservations, type LaitMeasure } from './laitObservations'
import { PRIMARY_INDICATOR_OF } from './primaryMeasures'
import { parseLaitPeriod, type LaitRow, type LaitTable } from './readLait'

/** The dictionary as the catalogue needs it: the entries of the LAIT topics, and every code it lists in any topic. */
export interface LaitDictionary {
  file: string
  entries: ReadonlyMap<string, LaitDictionaryEntry>
  listed: ReadonlySet<string>
}

function readDictionary(rawDir: string): LaitDictionary {
  const table = readCsv(join(rawDir, LAIT_DICTIONARY_FILE))
  const dictionary = { file: table.file, entries: parseLaitDictionary(table), listed: dictionaryMeasures(table) }
  requireEntries(dictionary, Object.keys(PRIMARY_INDICATOR_OF))
  return dictionary
}

/** Stops, naming the measure, when a measure the build reads has no entry in the dictionary's topics. */
export function requireEntries(dictionary: LaitDictionary, measures: readonly string[]): void {
  for (const measure of measures)
    if (!dictionary.entries.has(measure))
      throw new SourceError(
        { file: dictionary.file, column: 'Measure_short' },
        `measure "${measure}" is read by the build but has no entry in the dictionary's children's social care topics`,
      )
}

/** The measures of the LAIT topics that no primary indicator stands for: each becomes an indicator of its own. */
function ownMeasures(dictionary: LaitDictionary, primary: Readonly<Record<string, string>>): LaitDictionaryEntry[] {
  return [...dictionary.entries.values()].filter((e) => !(e.measure in primary))
}

/** The LAIT codes this source reads (build-data reads the Parquet file once, for every source). */
export function laitCatalogueMeasures(rawDir: string): string[] {
  return ownMeasures(readDictionary(rawDir), PRIMARY_INDICATOR_OF).map((e) => e.measure)
}

/** A measure's decimals and whether its periods are three-year ones, from its rows. */
function shapeOf(
  entry: LaitDictionaryEntry,
  rows: readonly LaitRow[],
  file: string,
): LaitMeasure & { threeYear: boolean } {
  const values = rows.flatMap((r) => {
    const cell = parseNumberCell(r.value, { file, row: r.rowNumber, column: 'Values' }, true)
    return cell.value === null ? [] : [cell.value]
  })
  return {
    indicatorId: laitIndicatorId(entry.measure),
    decimals: decimalsOf(entry.dps, values),
    threeYear: rows.some((r) => parseLaitPeriod(r.years)?.span === 3),
  }
}

/**
 * The catalogue entries and observations of every measure in the dictionary's topics that no primary indicator
 * stands for. A measure in the data file that the dictionary does not list is reported and skipped; two measures
 * whose ids would clash stop the ETL.
 */
export function catalogueLaitMeasures(
  dictionary: LaitDictionary,
  lait: LaitTable,
  areas: AreaRegistry,
  primary: Readonly<Record<string, string>> = PRIMARY_INDICATOR_OF,
): SourceOutput {
  const report = emptyReport('lait (catalogue)')
  for (const measure of [...lait.measuresInFile].sort())
    if (!dictionary.listed.has(measure))
      report.notes.push(`measure "${measure}" is not in the data dictionary: skipped`)
  const rowsOf = new Map<string, LaitRow[]>()
  for (const row of lait.rows) {
    const rows = rowsOf.get(row.measure)
    if (rows) rows.push(row)
    else rowsOf.set(row.measure, [row])
  }
  const own = ownMeasures(dictionary, primary)
  const shapes = new Map(own.map((e) => [e.measure, shapeOf(e, rowsOf.get(e.measure) ?? [], lait.file)]))
  const byId = new Map<string, string>()
  const indicators = own.map((entry) => {
    const shape = shapes.get(entry.measure) ?? shapeOf(entry, [], lait.file)
    const clash = byId.get(shape.indicatorId)
    if (clash)
      throw new SourceError(
        { file: dictionary.file, row: entry.row, column: 'Measure_short' },
        `measures "${clash}" and "${entry.measure}" would share the id ${shape.indicatorId}`,
      )
    byId.set(shape.indicatorId, entry.measure)
    return laitIndicator(entry, shape, dictionary.file)
  })
  const observations = parseLaitObservations(lait, Object.fromEntries(shapes), areas, report)
  const caveated = indicators.map((indicator) => {
    const years = yearsEnglandOutsideRegions(indicator, observations)
    if (years.length === 0) return indicator
    report.notes.push(
      `${indicator.laitMeasure}: England's figure lies outside its regions' range in ${years.join(', ')}`,
    )
    return {
      ...indicator,
      caveats: `LAIT's England figure for ${years.join(', ')} lies outside the range of every region's figure, so it is not on the same basis as the authorities' and regions' figures (it may be a count); it is shown as published.`,
    }
  })
  report.notes.push(
    `${indicators.length} LAIT measures catalogued; ${Object.keys(primary).length} more stand for primary indicators`,
  )
  return { observations, indicators: caveated, files: [], reports: [report] }
}

/**
 * Every measure of LAIT's children's social care topics (children in need, child protection, children looked after,
 * adoption, workforce, youth offending, finance, economic factors) as an indicator built from the data dictionary,
 * except those a primary indicator stands for (their LAIT codes are recorded on those indicators instead).
 */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const output = catalogueLaitMeasures(readDictionary(ctx.rawDir), ctx.lait, ctx.areas)
  ctx.log(`${output.observations.length} observations of ${output.indicators.length} LAIT measures`)
  return output
}
