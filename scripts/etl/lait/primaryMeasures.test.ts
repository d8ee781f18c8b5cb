import { describe, expect, it } from 'vitest'
import { testIndicator } from '../../../src/testing/testIndicator'
import { CIN_LAIT_MEASURES } from '../cin/run'
import { CLA_LAIT_MEASURES } from '../cla/run'
import { LOW_INCOME_LAIT_MEASURES } from '../lowIncome/run'
import { SPEND_LAIT_MEASURES } from '../spend/run'
import { attachLaitMeasures, PRIMARY_INDICATOR_OF } from './primaryMeasures'

describe('PRIMARY_INDICATOR_OF', () => {
  it('covers every measure another source reads from LAIT, so the dictionary check covers them too', () => {
    for (const measure of [
      ...CIN_LAIT_MEASURES,
      ...CLA_LAIT_MEASURES,
      ...LOW_INCOME_LAIT_MEASURES,
      ...SPEND_LAIT_MEASURES,
    ])
      expect(PRIMARY_INDICATOR_OF, measure).toHaveProperty([measure])
  })
})

describe('attachLaitMeasures', () => {
  const all = Object.values(PRIMARY_INDICATOR_OF).map(testIndicator)

  it('records the LAIT code on each primary indicator and leaves the others alone', () => {
    const out = attachLaitMeasures([...all, testIndicator('imd_score')])
    expect(out.find((i) => i.id === 'cin_rate')?.laitMeasure).toBe('CIN')
    expect(out.find((i) => i.id === 'spend_cyp_total')?.laitMeasure).toBe('C&YPExpenditure')
    expect(out.find((i) => i.id === 'imd_score')?.laitMeasure).toBeUndefined()
  })

  it('stops when an indicator it names is not in the catalogue', () => {
    expect(() => attachLaitMeasures(all.filter((i) => i.id !== 'cla_rate'))).toThrow(
      'LAIT measure LAC stands for indicator "cla_rate", which is not in the catalogue',
    )
  })
})
