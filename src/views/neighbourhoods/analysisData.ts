import type { CsvCell } from '../../charts/shared/buildCsv'
import type {
  NeighbourhoodCatalogue,
  NeighbourhoodIndex,
  NeighbourhoodValues,
  NeighbourhoodVariable,
} from '../../schema/neighbourhoodVariables'

/** One neighbourhood of the authorities shown, with the values of the variables loaded (null = no figure). */
export interface NeighbourhoodRow {
  code: string
  areaCode: string
  values: Record<string, number | null>
}

/** The variable the analysis starts from when the address names none: the overall IMD 2025 score. */
export const DEFAULT_VARIABLE = 'imd25_imd_score'
/** The second variable's default: where the children live, set against deprivation. */
export const DEFAULT_SECOND_VARIABLE = 'children_0_15_share'

/** Variables a number can be computed with: every kind but a category (whose values only name classes). */
export function numericVariables(catalogue: NeighbourhoodCatalogue): NeighbourhoodVariable[] {
  return catalogue.variables.filter((v) => v.kind !== 'category')
}

/**
 * The variable an address names if the catalogue has it as a number, else the fallback; `unknown` is the id that was
 * not used (for the notice the page shows), or null.
 */
export function resolveVariable(
  catalogue: NeighbourhoodCatalogue,
  id: string | null,
  fallback: string,
): { variable: NeighbourhoodVariable; unknown: string | null } {
  const usable = numericVariables(catalogue)
  const found = id === null ? undefined : usable.find((v) => v.id === id)
  const variable = found ?? usable.find((v) => v.id === fallback) ?? usable[0]
  if (!variable) throw new Error('the neighbourhood catalogue has no numeric variable')
  return { variable, unknown: id !== null && !found ? id : null }
}

/** Each neighbourhood of the chosen authorities, in the index's order, with the loaded variables' values. */
export function collectRows(
  index: NeighbourhoodIndex,
  areaCodes: readonly string[],
  values: readonly NeighbourhoodValues[],
): NeighbourhoodRow[] {
  return areaCodes.flatMap((areaCode) =>
    (index.areas[areaCode] ?? []).map((code, i) => ({
      code,
      areaCode,
      values: Object.fromEntries(values.map((v) => [v.id, v.areas[areaCode]?.[i] ?? null])),
    })),
  )
}

/** Pairs of a variable's values for England's every neighbourhood where both have a figure. */
export function englandPairs(x: NeighbourhoodValues, y: NeighbourhoodValues): { xs: number[]; ys: number[] } {
  const xs: number[] = []
  const ys: number[] = []
  for (const [area, list] of Object.entries(x.areas)) {
    const other = y.areas[area] ?? []
    list.forEach((value, i) => {
      const paired = other[i]
      if (value !== null && paired !== null && paired !== undefined) {
        xs.push(value)
        ys.push(paired)
      }
    })
  }
  return { xs, ys }
}

/** Rows with a figure for every one of the variables, and how many were left out for lacking one. */
export function completeRows(
  rows: readonly NeighbourhoodRow[],
  ids: readonly string[],
): { rows: NeighbourhoodRow[]; leftOut: number } {
  const kept = rows.filter((r) => ids.every((id) => r.values[id] !== null && r.values[id] !== undefined))
  return { rows: kept, leftOut: rows.length - kept.length }
}

/** A table's CSV: LSOA, authority, then each variable's value (blank = no figure). */
export function rowsCsv(
  rows: readonly NeighbourhoodRow[],
  variables: readonly NeighbourhoodVariable[],
  areaName: (code: string) => string,
  extra: { header: string; value: (row: NeighbourhoodRow) => CsvCell }[] = [],
): { header: string[]; rows: CsvCell[][]; decimals: (number | null)[] } {
  return {
    header: [
      'lsoa_code',
      'authority',
      ...variables.map((v) => `${v.shortLabel} (${v.unit})`),
      ...extra.map((e) => e.header),
    ],
    rows: rows.map((r) => [
      r.code,
      areaName(r.areaCode),
      ...variables.map((v) => r.values[v.id] ?? null),
      ...extra.map((e) => e.value(r)),
    ]),
    decimals: [null, null, ...variables.map((v) => v.decimals), ...extra.map(() => null)],
  }
}

/** Source line naming each variable's publisher, publication and file. */
export function variablesSourceLine(variables: readonly NeighbourhoodVariable[]): string {
  const sources = [...new Set(variables.map((v) => `${v.source.publisher}, ${v.source.publication}`))]
  return `Source: ${sources.join('; ')}. Neighbourhoods: 2021 LSOAs.`
}

/** A variable's short name with its unit, unless the unit would only repeat it ("IMD score (2025)", not "… (score)"). */
export function withUnit(v: NeighbourhoodVariable): string {
  return v.unit === 'score' ? v.shortLabel : `${v.shortLabel} (${v.unit})`
}
