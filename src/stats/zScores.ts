/** One unit's values on the variables being standardised, in a fixed variable order (null = missing). */
export interface Observation {
  id: string
  values: readonly (number | null)[]
}

/** A variable's mean and sample standard deviation over the complete observations. */
export interface Scale {
  mean: number
  sd: number
}

export interface StandardisedData {
  /** The complete observations' ids, in the order given. */
  ids: string[]
  /** Each complete observation's z-scores on the variables kept (`kept`), row by row as `ids`. */
  z: number[][]
  /** Every variable's mean and standard deviation over the complete observations (NaN when none is complete). */
  scales: Scale[]
  /** Indices of the variables the z-scores are on: those that vary across the complete observations. */
  kept: number[]
  /** Indices of variables left out because every complete observation has the same value (a z-score is undefined). */
  constant: number[]
  /** Observations left out because they lack at least one variable: never imputed, so they are listed instead. */
  incomplete: string[]
}

/**
 * Z-scores ((value − mean) / standard deviation) of complete observations only. An observation missing any variable
 * is left out and listed, not imputed (filling a gap with 0 or the mean would place it where no figure says it is),
 * so every mean and standard deviation is over the same set. The standard deviation is the sample one (n − 1), as R's
 * `scale()` uses. A variable with no spread is left out of the z-scores and listed.
 */
export function standardiseComplete(observations: readonly Observation[], variableCount: number): StandardisedData {
  const complete: Observation[] = []
  const incomplete: string[] = []
  for (const o of observations) {
    const hasAll =
      o.values.length === variableCount && o.values.every((v) => typeof v === 'number' && Number.isFinite(v))
    if (hasAll) complete.push(o)
    else incomplete.push(o.id)
  }
  const scales = Array.from({ length: variableCount }, (_, j) => meanAndSd(complete.map((o) => o.values[j] as number)))
  const kept = scales.flatMap((s, j) => (s.sd > 0 ? [j] : []))
  const constant = scales.flatMap((s, j) => (s.sd > 0 ? [] : [j]))
  return {
    ids: complete.map((o) => o.id),
    z: complete.map((o) =>
      kept.map((j) => {
        const { mean, sd } = scales[j] as Scale
        return ((o.values[j] as number) - mean) / sd
      }),
    ),
    scales,
    kept,
    constant,
    incomplete,
  }
}

/** Mean and sample standard deviation; the sd is 0 for fewer than two values (no spread can be measured). */
export function meanAndSd(values: readonly number[]): Scale {
  const n = values.length
  if (n === 0) return { mean: NaN, sd: 0 }
  const mean = values.reduce((s, v) => s + v, 0) / n
  if (n < 2) return { mean, sd: 0 }
  return { mean, sd: Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) }
}
