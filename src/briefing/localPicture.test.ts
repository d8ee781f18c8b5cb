import { describe, expect, it } from 'vitest'
import type { Indicator } from '../schema/indicators'
import { testArea } from '../testing/testAreas'
import { testIndicator } from '../testing/testIndicator'
import { buildLocalPictureItems, localPictureFigures, planLocalPicture, viewsOf } from './localPicture'
import type { ViewExport } from './renderItemPicture'

const indicator = (id: string, extra: Partial<Indicator>): Indicator => ({ ...testIndicator(id), ...extra })
const CATALOGUE: Indicator[] = [
  indicator('cin', { roles: { headline: 1, profileTrend: 1 } }),
  indicator('cpp', { roles: { headline: 2, profileTrend: 2 } }),
  indicator('cla', { roles: { headline: 3, profileTrend: 3 } }),
  indicator('referrals', { roles: { headline: 4, profileTrend: 4 } }),
  indicator('spend', { topic: 'spending', unit: '£', roles: { headline: 5, spendingTotal: 1 } }),
  indicator('imd_score', { topic: 'deprivation', unit: 'score', roles: { deprivationMeasure: 1 } }),
  indicator('upper_rank', { topic: 'deprivation', unit: 'rank', rankOf: { measure: 'imd_score', first: 'highest' } }),
  indicator('district_rank', {
    topic: 'deprivation',
    unit: 'rank',
    rankOf: { measure: 'imd_score', first: 'highest' },
    rankOrder: '1 = most deprived',
    roles: { deprivationHeadline: 2 },
  }),
  indicator('most_deprived_share', { topic: 'deprivation', unit: '%', roles: { deprivationHeadline: 1 } }),
]
const AREA = testArea('E08000016', { name: 'Barnsley' })

const exportOf = (title: string, extra: Partial<ViewExport> = {}): ViewExport => ({
  title,
  kind: 'chart',
  indicator: undefined,
  sourceLine: `Source: ${title}.`,
  licenceLine: 'OGL v3.0.',
  ...extra,
})

/** What each view offers, as the real views register their pictures (titles shortened). */
const EXPORTS = new Map<string, ViewExport[]>([
  ['/neighbourhoods/E08000016', [exportOf('Neighbourhood map', { kind: 'map', indicator: 'neighbourhoods-imd' })]],
  [
    '/deprivation?area=E08000016',
    [
      exportOf('Scatter', { indicator: 'cla-against-imd_score' }),
      exportOf('Adjusted ranking', { indicator: 'cla-adjusted' }),
      exportOf('Adjusted trend', { indicator: 'cla-adjusted-trend' }),
    ],
  ],
  ['/area/E08000016', ['cin', 'cpp', 'cla', 'referrals'].map((id) => exportOf(`${id} trend`, { indicator: id }))],
  ['/spending/E08000016', [exportOf('Spend trend', { indicator: 'spend' }), exportOf('Mix', { indicator: 'mix' })]],
])

const figureText = (i: Indicator) => ({ title: `${i.label}, Barnsley, 2025`, source: 'Source: test.' })

describe('the local-picture briefing', () => {
  it('states deprivation, the map, the adjusted position, three rates since 2010 and spending, in 8 to 12 items', () => {
    const steps = planLocalPicture(CATALOGUE, AREA)
    expect(viewsOf(steps)).toEqual([...EXPORTS.keys()])
    const { items, missing } = buildLocalPictureItems(steps, AREA, figureText, EXPORTS)
    expect(missing).toEqual([])
    expect(items.map((i) => [i.kind, i.title, i.indicatorId ?? null])).toEqual([
      ['heading', 'Deprivation', null],
      ['figure', 'most_deprived_share, Barnsley, 2025', 'most_deprived_share'],
      ['figure', 'district_rank, Barnsley, 2025', 'district_rank'],
      ['map', 'Neighbourhood map', null],
      // Named as the view names the chart, so its sentence states the adjusted position, not the published figure.
      ['chart', 'Adjusted ranking', 'cla-adjusted'],
      ['heading', "Children's social care", null],
      ['chart', 'cin trend', 'cin'],
      ['chart', 'cpp trend', 'cpp'],
      ['chart', 'cla trend', 'cla'],
      ['heading', 'Spending', null],
      ['chart', 'Spend trend', 'spend'],
    ])
    expect(items.length).toBeGreaterThanOrEqual(8)
    expect(items.length).toBeLessThanOrEqual(12)
    // Every chart and map keeps the view it re-draws from and the source the view gives; every item its authority.
    for (const item of items.filter((i) => i.kind === 'chart' || i.kind === 'map')) {
      expect(item.view).toMatch(/E08000016/)
      expect(item.source).toBe(`Source: ${item.title}.`)
    }
    expect(items.filter((i) => i.kind !== 'heading').every((i) => i.areaCode === 'E08000016')).toBe(true)
  })

  it('names what a view did not offer, and drops a heading left with nothing under it', () => {
    const withoutSpending = new Map(EXPORTS)
    withoutSpending.set('/spending/E08000016', [])
    withoutSpending.delete('/neighbourhoods/E08000016')
    const { items, missing } = buildLocalPictureItems(
      planLocalPicture(CATALOGUE, AREA),
      AREA,
      (i) => (i.unit === '%' ? null : figureText(i)),
      withoutSpending,
    )
    expect(missing).toEqual(['most_deprived_share', 'the neighbourhood map', 'the spend trend'])
    expect(items.map((i) => i.title)).not.toContain('Spending')
    expect(items.at(-1)?.title).toBe('cla trend')
  })

  it('takes its headline figures from the catalogue: the share in the most deprived 10% and the district rank', () => {
    expect(localPictureFigures(CATALOGUE).map((i) => i.id)).toEqual(['most_deprived_share', 'district_rank'])
  })
})
