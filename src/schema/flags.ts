import { z } from './zod'

/**
 * Markers DfE and others use instead of a number. A flagged cell has a null value; the flag says why.
 * c = confidential/suppressed, x = not available, z = not applicable, u = low reliability,
 * low = too small to publish a rate, k = rounds to zero but is not zero, - = missing in the source.
 * The one flag that goes with a value: incomplete = a total computed from authorities, one or more of which are missing.
 */
export const FLAGS = ['c', 'x', 'z', 'u', 'low', 'k', '-', 'incomplete'] as const
export const flagSchema = z.enum(FLAGS)
export type Flag = z.infer<typeof flagSchema>

/** Plain-English meaning of each flag, shown in tooltips, tables and CSV notes. */
export const FLAG_LABELS: Record<Flag, string> = {
  c: 'suppressed to protect confidentiality',
  x: 'not available',
  z: 'not applicable',
  u: 'low reliability',
  low: 'too few to publish',
  k: 'rounds to zero (not zero)',
  '-': 'missing in the source',
  incomplete: 'incomplete: the sum lacks one or more authorities',
}
