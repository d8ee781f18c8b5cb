import { describe, expect, it } from 'vitest'
import { pickLatestPublication } from '../assembleSeries'
import { ENGLAND_CODE, type Observation } from '../types'
import { TEST_AREAS } from './fixtures/testAreas'
import { keepInformativeFlags } from './keepInformativeFlags'

const obs = (over: Partial<Observation>): Observation => ({
  indicatorId: 'cin_rate',
  areaCode: 'E09000012',
  year: 2021,
  value: null,
  flag: null,
  sourceId: 'cin-ees-2022',
  release: 20221027,
  provenance: 'published',
  ...over,
})
const laitBlank = (over: Partial<Observation> = {}) => obs({ sourceId: 'lait', release: 20260408, flag: '-', ...over })

describe('keepInformativeFlags', () => {
  it('keeps the EES x for Hackney 2021 where the more recent LAIT only says "-"', () => {
    const ees = obs({ flag: 'x' })
    const { observations, droppedBlanks } = keepInformativeFlags([ees, laitBlank()], TEST_AREAS)
    expect(droppedBlanks).toBe(1)
    expect(pickLatestPublication(observations).get('E09000012|2021')).toEqual(ees)
  })

  it('keeps an EES c (City of London) and an EES u (Hampshire 2024) over a LAIT "-"', () => {
    const c = obs({ areaCode: 'E09000001', flag: 'c' })
    const u = obs({ areaCode: 'E10000014', year: 2024, flag: 'u', sourceId: 'cin-ees-2025', release: 20251030 })
    const input = [c, u, laitBlank({ areaCode: 'E09000001' }), laitBlank({ areaCode: 'E10000014', year: 2024 })]
    expect(keepInformativeFlags(input, TEST_AREAS).observations).toEqual([c, u])
  })

  it('never lets a LAIT "-" wipe out a figure an older publication gives', () => {
    const published = obs({ areaCode: 'E06000028', year: 2018, value: 304 })
    const { observations } = keepInformativeFlags(
      [published, laitBlank({ areaCode: 'E06000028', year: 2018 })],
      TEST_AREAS,
    )
    expect(observations).toEqual([published])
  })

  it('drops a LAIT "-" for a year the authority did not exist, so the series shows z', () => {
    const before = laitBlank({ areaCode: 'E06000058', year: 2019 })
    const after = laitBlank({ areaCode: 'E06000028', year: 2020 })
    expect(keepInformativeFlags([before, after], TEST_AREAS).observations).toEqual([])
  })

  it('keeps a LAIT "-" that is the only word on a figure, and every LAIT value', () => {
    const sole = laitBlank({ indicatorId: 's47_rate', areaCode: 'E06000053', year: 2023 })
    const value = obs({ sourceId: 'lait', release: 20260408, areaCode: ENGLAND_CODE, value: 330.3 })
    expect(keepInformativeFlags([sole, value], TEST_AREAS).observations).toEqual([sole, value])
  })

  it('lets a LAIT value win over an older flag (the revision is the point of the newer publication)', () => {
    const older = obs({ areaCode: 'E06000058', year: 2022, flag: 'x' })
    const newer = obs({ sourceId: 'lait', release: 20260408, areaCode: 'E06000058', year: 2022, value: 278.2 })
    const { observations } = keepInformativeFlags([older, newer], TEST_AREAS)
    expect(pickLatestPublication(observations).get('E06000058|2022')).toEqual(newer)
  })
})
