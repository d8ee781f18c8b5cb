import { STATUS_TEXT } from './disclosure'
import type { DecileResult, GradientResult, GradientSummary } from './types'
import { SYNTHETIC_LABEL } from './synthetic'

export const rate1 = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
export const ratio2 = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
export const whole = (n: number) => Math.round(n).toLocaleString('en-GB')

/** A decile's rate and interval as text, or why it is not shown. */
export function describeDecileRate(d: DecileResult): string {
  if (d.status !== 'shown' || d.rate === null) return STATUS_TEXT[d.status === 'shown' ? 'none' : d.status]
  return `${rate1(d.rate)} per 10,000 (95% CI ${rate1(d.lower ?? 0)} to ${rate1(d.upper ?? 0)})`
}

export const describeGradient = (g: GradientSummary | null) =>
  g ? `${ratio2(g.multiplier)} (95% CI ${ratio2(g.lower)} to ${ratio2(g.upper)})` : 'cannot be estimated'

/** Says where every figure from the user's file came from; carried by every chart, table and file exported. */
export function provenanceLine(result: Pick<GradientResult, 'synthetic' | 'vintage' | 'moved'>): string {
  const data = result.synthetic
    ? `${capitalise(SYNTHETIC_LABEL)}: counts drawn at random (fixed seed) from CWIP's England 2015 rates.`
    : "Computed in the browser from the council's own data; not published."
  const basis =
    result.vintage === 2021 || result.moved
      ? 'Deciles: English Indices of Deprivation 2025 (2021 LSOAs). Children: Census 2021 ages 0-15 scaled to an estimate of 0-17.'
      : 'Deciles: English Indices of Deprivation 2019 (2011 LSOAs). Children: ONS mid-2020 estimates, ages 0-17.'
  return `${data} ${basis} Comparison: Child Welfare Inequalities Project, England 2015.`
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
