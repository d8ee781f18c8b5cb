import { provenanceLine, ratio2 } from './format'
import { SYNTHETIC_LABEL } from './synthetic'
import type { GradientResult, MeasureResult } from './types'

const SUBJECT: Record<MeasureResult['measure'], string> = {
  cin: 'children in need',
  cpp: 'children on a child protection plan',
  cla: 'children looked after',
}

/**
 * The plain-English sentence a briefing item of one measure's gradient carries: the multiplier per decile step with
 * its interval, the fifths' ratio and CWIP's England 2015 gradient refitted the same way, then where the figures came
 * from. Built only from the decile totals the page shows.
 */
export function gradientSentence(result: GradientResult, m: MeasureResult): string {
  const who = result.synthetic ? `${result.areaName} (${SYNTHETIC_LABEL})` : result.areaName
  const parts: string[] = []
  parts.push(
    m.gradient
      ? `${who}: the rate of ${SUBJECT[m.measure]} is ${ratio2(m.gradient.multiplier)} times as high for each step of one decile towards the most deprived neighbourhoods (95% CI ${ratio2(m.gradient.lower)} to ${ratio2(m.gradient.upper)}).`
      : `${who}: the gradient of ${SUBJECT[m.measure]} by deprivation cannot be estimated from the deciles that may be shown.`,
  )
  if (m.fifthRatio)
    parts.push(
      `The most deprived fifth of neighbourhoods has ${ratio2(m.fifthRatio.ratio)} times the rate of the least deprived fifth.`,
    )
  if (m.cwip?.gradient)
    parts.push(`England in 2015 (CWIP), fitted the same way: ${ratio2(m.cwip.gradient.multiplier)} per decile step.`)
  parts.push(provenanceLine(result))
  return parts.join(' ')
}
