import type { LaitRow } from '../lait/readLait'

/** One LAIT row as readLait gives it, for unit tests (the area name plays no part: rows join on the LA number). */
export const laitRow = (
  measure: string,
  years: string,
  laNumber: number | null,
  value: string | null,
  rowNumber = 1,
): LaitRow => ({ measure, years, areaName: 'x', laNumber, value, rowNumber })
