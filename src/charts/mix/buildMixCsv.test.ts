import { describe, expect, it } from 'vitest'
import { buildMixCsv } from './CategoryMixChart'

describe('buildMixCsv', () => {
  it('writes one row per bar and category plus the total, shares to 1 decimal place and gaps empty', () => {
    const csv = buildMixCsv(
      [
        { key: 'a', label: 'Barnsley', cash: [150, null], shares: [75.04, null], total: 200, note: null },
        {
          key: 'n',
          label: 'Neighbours (mean)',
          cash: [null, null],
          shares: [20, 80],
          total: null,
          note: '2 of 3 had data',
        },
      ],
      ['Looked after', 'Other'],
    )
    expect(csv.header).toEqual(['series', 'category', 'cash (£)', 'share of total (%)', 'note'])
    expect(csv.rows).toEqual([
      ['Barnsley', 'Looked after', 150, 75, null],
      ['Barnsley', 'Other', null, null, null],
      ['Barnsley', 'Total', 200, null, null],
      ['Neighbours (mean)', 'Looked after', null, 20, '2 of 3 had data'],
      ['Neighbours (mean)', 'Other', null, 80, '2 of 3 had data'],
      ['Neighbours (mean)', 'Total', null, null, '2 of 3 had data'],
    ])
  })
})
