import { describe, expect, it } from 'vitest'
import { buildSpendIndicators } from './indicators'

describe('buildSpendIndicators', () => {
  const byId = new Map(buildSpendIndicators(2025).map((i) => [i.id, i]))

  it('marks FY 2009-10 as not comparable (a break before FY 2010-11) on the total, the per-child total and the looked-after share', () => {
    for (const id of ['spend_cyp_total', 'spend_cyp_per_child', 'spend_cla_share']) {
      expect(byId.get(id)?.breaks).toEqual([
        {
          year: 2011,
          note: expect.stringMatching(/^FY 2009-10 is not comparable .*early years and services for young people/),
        },
      ])
    }
  })

  it('leaves the categories whose FY 2009-10 lines are complete unbroken', () => {
    for (const id of [
      'spend_cla_total',
      'spend_cla_per_child',
      'spend_safeguarding_per_child',
      'spend_youth_justice_total',
    ])
      expect(byId.get(id)?.breaks).toBeUndefined()
  })
})
