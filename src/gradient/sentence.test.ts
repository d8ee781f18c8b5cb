import { describe, expect, it } from 'vitest'
import { gradientSentence } from './sentence'
import type { GradientResult, MeasureResult } from './types'

const measure: MeasureResult = {
  measure: 'cpp',
  deciles: [],
  gradient: { multiplier: 1.2345, lower: 1.1, upper: 1.4, deciles: [1, 2, 3] },
  fifthRatio: { ratio: 4.567, mostDeprived: [1, 2], leastDeprived: [9, 10] },
  cwip: { rates: [], gradient: { multiplier: 1.301, lower: 1.2, upper: 1.4, deciles: [] } },
  notes: [],
}
const result: GradientResult = {
  areaCode: 'E08000016',
  areaName: 'Barnsley',
  vintage: 2011,
  moved: false,
  synthetic: false,
  fileName: 'counts.csv',
  rows: 100,
  measures: [measure],
  notes: [],
}

describe('gradientSentence', () => {
  it('gives the multiplier with its interval, the fifths and CWIP, then the provenance', () => {
    expect(gradientSentence(result, measure)).toBe(
      'Barnsley: the rate of children on a child protection plan is 1.23 times as high for each step of one decile ' +
        'towards the most deprived neighbourhoods (95% CI 1.10 to 1.40). The most deprived fifth of neighbourhoods ' +
        'has 4.57 times the rate of the least deprived fifth. England in 2015 (CWIP), fitted the same way: 1.30 per ' +
        "decile step. Computed in the browser from the council's own data; not published. Deciles: English Indices " +
        'of Deprivation 2019 (2011 LSOAs). Children: ONS mid-2020 estimates, ages 0-17. Comparison: Child Welfare ' +
        'Inequalities Project, England 2015.',
    )
  })

  it('labels a synthetic example and says when no gradient can be estimated', () => {
    const text = gradientSentence({ ...result, synthetic: true }, { ...measure, gradient: null, fifthRatio: null })
    expect(text).toMatch(/^Barnsley \(synthetic example — not real data\): the gradient of children on a child/)
    expect(text).toContain('cannot be estimated')
    expect(text).not.toContain('fifth of neighbourhoods')
  })
})
