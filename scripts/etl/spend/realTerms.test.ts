import { describe, expect, it } from 'vitest'
import type { Observation } from '../types'
import { buildClaShareObservations, buildPerChildObservations, type GapCounts, type Winners } from './realTerms'

const cash = (
  indicatorId: string,
  areaCode: string,
  year: number,
  value: number | null,
  flag: Observation['flag'] = null,
): Observation => ({
  indicatorId,
  areaCode,
  year,
  value,
  flag,
  sourceId: 'lait',
  release: 20260408,
  provenance: 'published',
})
const winners = (...obs: Observation[]): Winners => new Map(obs.map((o) => [`${o.areaCode}|${o.year}`, o]))

const population = {
  denominatorFor: (areaCode: string, year: number) =>
    areaCode === 'E06000901' && year >= 2024 ? { value: 1000, sourceId: 'population-0-17' } : undefined,
}
const deflator = { years: [2024, 2025], index: [96.085, 100] }

describe('buildPerChildObservations', () => {
  it('divides cash by the 0-17 population and inflates it to base-year prices, rounded to whole pounds', () => {
    const gaps: GapCounts = {}
    const byId = new Map([
      [
        'spend_cyp_total',
        winners(
          cash('spend_cyp_total', 'E06000901', 2024, 1_000_000),
          cash('spend_cyp_total', 'E06000901', 2025, 1_000_000),
        ),
      ],
    ])
    const obs = buildPerChildObservations(byId, population, deflator, gaps)
    // 1,000,000 / 1,000 = £1,000 per child in FY 2023-24 cash; × 100 / 96.085 = £1,040.75 → 1,041.
    expect(obs.find((o) => o.year === 2024)).toMatchObject({
      indicatorId: 'spend_cyp_per_child',
      value: 1041,
      provenance: 'computed',
      flag: null,
    })
    expect(obs.find((o) => o.year === 2025)?.value).toBe(1000)
    expect(gaps).toEqual({})
  })

  it('carries an incomplete total’s flag to its per-child figure and CLA share', () => {
    const byId = new Map([
      ['spend_cyp_total', winners(cash('spend_cyp_total', 'E06000901', 2025, 1_000_000, 'incomplete'))],
      ['spend_cla_total', winners(cash('spend_cla_total', 'E06000901', 2025, 400_000, 'incomplete'))],
    ])
    expect(buildPerChildObservations(byId, population, deflator, {})[0]).toMatchObject({
      value: 1000,
      flag: 'incomplete',
    })
    expect(buildClaShareObservations(byId)[0]).toMatchObject({ value: 40, flag: 'incomplete' })
  })

  it('leaves a year the deflator does not reach null with flag x (never extrapolated)', () => {
    const gaps: GapCounts = {}
    const byId = new Map([['spend_cla_total', winners(cash('spend_cla_total', 'E06000901', 2026, 5000))]])
    const popEverywhere = { denominatorFor: () => ({ value: 10, sourceId: 'p' }) }
    expect(buildPerChildObservations(byId, popEverywhere, deflator, gaps)[0]).toMatchObject({ value: null, flag: 'x' })
    expect(gaps).toEqual({ 'deflator does not reach the year': 1 })
  })

  it('leaves a figure without a population null with flag x, and keeps a null cash figure’s flag', () => {
    const gaps: GapCounts = {}
    const byId = new Map([
      [
        'spend_cla_total',
        winners(
          cash('spend_cla_total', 'E06000902', 2025, 5000),
          cash('spend_cla_total', 'E06000901', 2025, null, '-'),
        ),
      ],
    ])
    const obs = buildPerChildObservations(byId, population, deflator, gaps)
    expect(obs.find((o) => o.areaCode === 'E06000902')).toMatchObject({ value: null, flag: 'x' })
    expect(obs.find((o) => o.areaCode === 'E06000901')).toMatchObject({ value: null, flag: '-' })
    expect(gaps).toEqual({ 'no 0-17 population for the area and year': 1 })
  })

  it('produces nothing for "other children and families" (cash only) or an empty input', () => {
    const byId = new Map([
      ['spend_other_children_family_total', winners(cash('spend_other_children_family_total', 'E06000901', 2025, 5))],
    ])
    expect(buildPerChildObservations(byId, population, deflator, {})).toEqual([])
    expect(buildPerChildObservations(new Map(), population, deflator, {})).toEqual([])
  })
})

describe('buildClaShareObservations', () => {
  it('is CLA spend as % of the CYP total, 1 decimal place', () => {
    const byId = new Map([
      ['spend_cla_total', winners(cash('spend_cla_total', 'E06000901', 2019, 17808473))],
      ['spend_cyp_total', winners(cash('spend_cyp_total', 'E06000901', 2019, 39440058))],
    ])
    expect(buildClaShareObservations(byId)[0]).toMatchObject({
      indicatorId: 'spend_cla_share',
      value: 45.2,
      provenance: 'computed',
    })
  })

  it('is null with a flag when either figure is missing or the total is 0', () => {
    const byId = new Map([
      [
        'spend_cla_total',
        winners(cash('spend_cla_total', 'A', 2019, null, '-'), cash('spend_cla_total', 'B', 2019, 5)),
      ],
      ['spend_cyp_total', winners(cash('spend_cyp_total', 'A', 2019, 10), cash('spend_cyp_total', 'B', 2019, 0))],
    ])
    const obs = buildClaShareObservations(byId)
    expect(obs.find((o) => o.areaCode === 'A')).toMatchObject({ value: null, flag: '-' })
    expect(obs.find((o) => o.areaCode === 'B')).toMatchObject({ value: null, flag: 'x' })
  })
})
