import { describe, expect, it } from 'vitest'
import { AreaRegistry } from '../areas/registry'
import { laitRow as row } from '../testing/laitRow'
import { emptyReport, ENGLAND_CODE } from '../types'
import { AREAS } from './fixtures/areas'
import { buildLaitObservations } from './laitObservations'

const areas = new AreaRegistry(AREAS)

describe('buildLaitObservations', () => {
  it('maps each S251 measure to its cash indicator, by LA number, with the year ending March', () => {
    const obs = buildLaitObservations(
      [
        row('C&YPExpenditure', '2018-19 (OT)', 901, '39440058'),
        row('TotalLACFinance', '2024-25 (OT)', 970, '8955421269.4'),
      ],
      areas,
      emptyReport('lait'),
    )
    expect(obs[0]).toMatchObject({
      indicatorId: 'spend_cyp_total',
      areaCode: 'E06000901',
      year: 2019,
      value: 39440058,
      sourceId: 'lait',
    })
    expect(obs[1]).toMatchObject({
      indicatorId: 'spend_cla_total',
      areaCode: ENGLAND_CODE,
      year: 2025,
      value: 8955421269,
    })
  })

  it('keeps "-" as null with flag "-", but drops it after a former authority was abolished', () => {
    const report = emptyReport('lait')
    const obs = buildLaitObservations(
      [row('SureStartFinance', '2018-19 (OT)', 903, '-'), row('SureStartFinance', '2019-20 (OT)', 903, '-')],
      areas,
      report,
    )
    expect(obs).toHaveLength(1)
    expect(obs[0]).toMatchObject({ year: 2019, value: null, flag: '-' })
    expect(report.dropped).toEqual({ "'-' outside the authority's lifetime": 1 })
  })

  it('reports an LA number it cannot match, and stops on a year that is not an outturn', () => {
    const report = emptyReport('lait')
    buildLaitObservations([row('C&YPExpenditure', '2018-19 (OT)', 123, '1')], areas, report)
    expect(report.unmatched).toEqual(['123 x'])
    expect(() =>
      buildLaitObservations([row('C&YPExpenditure', '2019', 901, '1', 77)], areas, emptyReport('l')),
    ).toThrow(/row 77, column "Years"/)
  })

  it('stops on a value that is not a number', () => {
    expect(() =>
      buildLaitObservations([row('C&YPExpenditure', '2018-19 (OT)', 901, 'abc', 9)], areas, emptyReport('l')),
    ).toThrow(/row 9, column "Values"/)
  })
})
