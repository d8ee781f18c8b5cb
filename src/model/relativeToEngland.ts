/**
 * How a trend is read against England: as published, as a ratio to England's published figure for the same year
 * (England = 1), or as the difference from it (England = 0). England is DfE's figure for England as a whole, never an
 * average of authorities.
 */
export const RELATIVE_MODES = ['values', 'ratio', 'difference'] as const
export type RelativeMode = (typeof RELATIVE_MODES)[number]

export const RELATIVE_MODE_LABELS: Record<RelativeMode, string> = {
  values: 'Values as published',
  ratio: 'Ratio to England (England = 1)',
  difference: 'Difference from England (England = 0)',
}

/** Why an indexed value is missing although the authority has a figure. */
export const NO_ENGLAND_FIGURE = 'England has no figure for this year to compare with'

/**
 * One line's values indexed to England year by year. A year without an England figure (or, for a ratio, with an
 * England figure of zero) gives null, so nothing is indexed to a value that does not exist; a missing value stays
 * missing. `values` and `england` are aligned with the same years.
 */
export function indexToEngland(
  values: readonly (number | null)[],
  england: readonly (number | null)[],
  mode: RelativeMode,
): (number | null)[] {
  return values.map((value, i) => {
    const base = england[i] ?? null
    if (mode === 'values') return value
    if (value === null || base === null) return null
    if (mode === 'difference') return value - base
    return base === 0 ? null : value / base
  })
}

/** A note per year where the line has a figure but England has none to index it to (for tooltips and tables). */
export function notesWhereEnglandMissing(
  values: readonly (number | null)[],
  england: readonly (number | null)[],
  mode: RelativeMode,
): (string | null)[] {
  return values.map((value, i) =>
    mode !== 'values' && value !== null && (england[i] ?? null) === null ? NO_ENGLAND_FIGURE : null,
  )
}

/**
 * A trend line (values aligned with England's) indexed to England, with a note in each year England had no figure
 * for; its flags and other notes are kept.
 */
export function indexLineToEngland<
  L extends { values: readonly (number | null)[]; notes?: readonly (string | null)[] },
>(line: L, england: readonly (number | null)[], mode: RelativeMode): L {
  if (mode === 'values') return line
  const missing = notesWhereEnglandMissing(line.values, england, mode)
  return {
    ...line,
    values: indexToEngland(line.values, england, mode),
    notes: line.values.map((_, i) => missing[i] ?? line.notes?.[i] ?? null),
  }
}

/** Whether a series can be indexed to England at all: it needs at least one published England figure. */
export function canIndexToEngland(england: readonly (number | null)[]): boolean {
  return england.some((v) => v !== null)
}

/** The phrase a chart title ends with ("…, as a ratio to England"), empty for values as published. */
export function relativeTitleSuffix(mode: RelativeMode): string {
  return mode === 'ratio' ? ', as a ratio to England' : mode === 'difference' ? ', as the difference from England' : ''
}

/** How the indexed figures were worked out, in a sentence for the method note under a chart. */
export function describeRelative(mode: RelativeMode): string {
  if (mode === 'ratio')
    return 'Each year’s figure is divided by England’s published figure for the same year, so England is 1 and 1.20 means 20% above England.'
  if (mode === 'difference')
    return 'England’s published figure for each year is subtracted from each year’s figure, so England is 0 and a positive value is above England.'
  return ''
}
