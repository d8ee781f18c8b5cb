import { findLsoaColumn, proposeColumns } from './columns'
import {
  cwipGradientOf,
  decileRates,
  fifthRatioOf,
  gradientOf,
  leftOutNotes,
  neighbourhoodCounts,
  type NeighbourhoodTable,
} from './compute'
import {
  MEASURES,
  type ColumnChoice,
  type GradientReference,
  type GradientResult,
  type Measure,
  type UploadProblem,
} from './types'
import { validateRows } from './validate'

export interface AnalyseInput {
  table: string[][]
  fileName: string
  synthetic: boolean
  /** The measure of each column as the user confirmed it; absent on the first pass. */
  confirmed?: Array<Measure | null>
  /** Move 2011 codes onto 2021 LSOAs (IoD2025 deciles, Census 2021 children) before summing. */
  moveTo2021: boolean
}

export type AnalyseOutcome =
  | { type: 'problems'; problems: UploadProblem[] }
  | { type: 'confirm'; lsoaHeader: string; choices: ColumnChoice[] }
  | { type: 'result'; result: GradientResult }

const problem = (kind: UploadProblem['kind'], message: string): AnalyseOutcome => ({
  type: 'problems',
  problems: [{ kind, message }],
})

const fmt = (n: number) => n.toLocaleString('en-GB')

/**
 * From the rows of the user's file to rates by decile: finds the columns (asking to confirm variant names), checks
 * every row, then sums by decile with the disclosure rule. Runs in the worker; only decile totals come out.
 */
export function analyse(input: AnalyseInput, reference: GradientReference): AnalyseOutcome {
  const { table } = input
  const header = table[0] ?? []
  if (table.every((row) => row.every((c) => c.trim() === '')))
    return problem('empty', 'The file is empty: it has no header row and no data.')
  const lsoaColumn = findLsoaColumn(header)
  if (lsoaColumn < 0)
    return problem(
      'no-lsoa-column',
      `Row 1 has no column of LSOA codes: expected a header "lsoa_code". The headers found are ${header.map((h) => `"${h}"`).join(', ')}.`,
    )
  const choices: ColumnChoice[] = input.confirmed
    ? header.map((h, index) => ({
        header: h,
        index,
        measure: index === lsoaColumn ? null : (input.confirmed?.[index] ?? null),
        exact: true,
      }))
    : proposeColumns(header, lsoaColumn)
  const chosen = choices.filter((c) => c.measure !== null)
  if (chosen.length === 0)
    return problem(
      'no-count-column',
      `Row 1 has no count column: expected one or more of "cin", "cpp" and "cla" (or names such as "children on a plan"). The headers found are ${header.map((h) => `"${h}"`).join(', ')}.`,
    )
  if (new Set(chosen.map((c) => c.measure)).size !== chosen.length)
    return problem(
      'no-count-column',
      'Two columns were given the same measure; each measure can come from one column only.',
    )
  if (!input.confirmed && chosen.some((c) => !c.exact))
    return { type: 'confirm', lsoaHeader: header[lsoaColumn] ?? '', choices }

  const validation = validateRows(table, lsoaColumn, choices, reference)
  if (!validation.ok) return { type: 'problems', problems: validation.problems }
  const { vintage, rows } = validation
  const moved = vintage === 2011 && input.moveTo2021
  const lsoa21 = reference.lsoa21
  const on2021 = vintage === 2021 || moved
  const neighbourhoods: NeighbourhoodTable = on2021
    ? {
        codes: lsoa21.codes,
        deciles: lsoa21.deciles,
        children: lsoa21.children0to15.map((c) => c * (1 + reference.ratio16to17)),
      }
    : { codes: reference.lsoa11.codes, deciles: reference.lsoa11.deciles, children: reference.lsoa11.children0to17 }

  const measures = MEASURES.filter((m) => chosen.some((c) => c.measure === m)).map((measure) => {
    const deciles = decileRates(neighbourhoodCounts(rows, measure, neighbourhoods, moved ? { reference } : null))
    const cwipRates = measure === 'cin' ? null : reference.cwip.deciles.map((d) => d[measure])
    return {
      measure,
      deciles,
      gradient: gradientOf(deciles),
      fifthRatio: fifthRatioOf(deciles),
      cwip: cwipRates ? { rates: cwipRates, gradient: cwipGradientOf(cwipRates) } : null,
      notes: leftOutNotes(deciles),
    }
  })

  const fileCodes = new Set(rows.map((r) => r.code))
  const ownCodes = vintage === 2011 ? reference.lsoa11.codes : lsoa21.codes
  const missing = ownCodes.filter((c) => !fileCodes.has(c)).length
  const notes: string[] = []
  if (missing)
    notes.push(
      `${fmt(missing)} of ${reference.areaName}'s ${fmt(ownCodes.length)} neighbourhoods (${vintage} LSOAs) are not in the file. Their counts are unknown, so they are left out of the counts and of the children; if your system lists only neighbourhoods with at least one child, add the others with 0.`,
    )
  if (validation.suppressedCells + validation.blankCells)
    notes.push(
      `${fmt(validation.suppressedCells)} suppressed and ${fmt(validation.blankCells)} blank cells are unknown, never 0: those neighbourhoods are left out of that measure's counts and children.`,
    )
  notes.push(
    on2021
      ? `Deprivation: English Indices of Deprivation 2025 deciles of the 2021 LSOAs. Children: Census 2021 residents aged 0-15 scaled up by ${reference.areaName}'s ratio of 16-17 to 0-15 year olds (${reference.ratio16to17.toFixed(3)}, ONS mid-2020 estimates): an estimate of children aged 0-17.`
      : 'Deprivation: English Indices of Deprivation 2019 deciles of the 2011 LSOAs. Children: ONS mid-2020 estimates of children aged 0-17 by 2011 LSOA.',
  )
  if (moved) {
    const split = new Set(reference.lsoa11to21.filter(([, , share]) => share < 1).map(([i]) => i)).size
    const ownSet = new Set(lsoa21.codes)
    const outside = reference.lsoa11to21.filter(([, code]) => !ownSet.has(code)).length
    notes.push(
      `The 2011 codes were moved onto 2021 LSOAs with the ONS lookup: ${fmt(split)} 2011 neighbourhoods were split, their counts shared among the pieces in proportion to Census 2021 children aged 0-15 (so decile counts can be fractional).${outside ? ` ${fmt(outside)} piece${outside === 1 ? ' lies' : 's lie'} outside ${reference.areaName} and ${outside === 1 ? 'is' : 'are'} left out.` : ''}`,
    )
  }
  return {
    type: 'result',
    result: {
      areaCode: reference.areaCode,
      areaName: reference.areaName,
      vintage,
      moved,
      synthetic: input.synthetic,
      fileName: input.fileName,
      rows: rows.length,
      measures,
      notes,
    },
  }
}
