import type { RelativeMode } from '../../model/relativeToEngland'
import type { Indicator } from '../../schema/indicators'
import { unitHeading, type FormatSpec } from './format'

/** Ratios are quoted to two decimal places ("1.27 times England's rate"): finer would be false precision. */
export const RATIO_DECIMALS = 2

/**
 * How indexed values are written and what the value axis says. A difference keeps the indicator's unit, except that
 * a difference of two percentages is in percentage points; a ratio has no unit.
 */
export function relativeFormat(
  indicator: Pick<Indicator, 'unit' | 'decimals' | 'rankOrder'>,
  mode: RelativeMode,
): { spec: FormatSpec; valueLabel: string | undefined } {
  if (mode === 'ratio')
    return { spec: { unit: 'number', decimals: RATIO_DECIMALS }, valueLabel: 'ratio to England (England = 1)' }
  if (mode === 'difference')
    return indicator.unit === '%'
      ? {
          spec: { unit: 'number', decimals: indicator.decimals },
          valueLabel: 'difference from England, percentage points',
        }
      : {
          spec: { unit: indicator.unit, decimals: indicator.decimals },
          valueLabel: `difference from England, ${unitHeading(indicator)}`,
        }
  return { spec: indicator, valueLabel: undefined }
}
