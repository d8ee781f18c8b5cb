// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { buildRankingModel } from './buildRankingModel'
import { buildRankingCsv, RankingChart } from './RankingChart'

afterEach(cleanup)
const spec = { unit: 'rate per 10,000', decimals: 0 } as const
const model = buildRankingModel(
  [
    { areaCode: 'L', label: 'Leeds', value: 85, flag: null, isSelected: true },
    { areaCode: 'S', label: 'Sheffield', value: 54, flag: null, isSelected: false },
    { areaCode: 'H', label: 'Hackney', value: null, flag: 'c', isSelected: false },
  ],
  { order: 'highest-first', references: [{ key: 'e', label: 'England (published)', value: 67, kind: 'england' }] },
)
const renderChart = () =>
  render(
    <RankingChart
      model={model}
      title="CLA rate, Leeds and neighbours, 2025"
      spec={spec}
      sourceLine="Source: DfE."
      licenceLine="OGL."
      rankNote="Rank 1 is the highest value."
    />,
  )

describe('RankingChart', () => {
  it('reads each bar out from the keyboard, in rank order, with missing values explained', () => {
    renderChart()
    const chart = screen.getByRole('group', { name: /^CLA rate, Leeds and neighbours, 2025\. Chart/ })
    fireEvent.keyDown(chart, { key: 'ArrowDown' })
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('Leeds: 85 per 10,000, rank 1 of 2')
    fireEvent.keyDown(chart, { key: 'End' })
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Hackney: suppressed to protect confidentiality',
    )
    fireEvent.keyDown(chart, { key: 'Escape' })
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('')
  })

  it('has a table twin marking the selected authority, and the three downloads', () => {
    renderChart()
    expect(screen.getByRole('rowheader', { name: 'Leeds (selected)' })).toBeTruthy()
    expect(screen.getByRole('rowheader', { name: 'England (published)' })).toBeTruthy()
    for (const kind of ['PNG', 'SVG', 'CSV'])
      expect(screen.getByRole('button', { name: new RegExp(`^Download ${kind}`) })).toBeTruthy()
  })
})

describe('buildRankingCsv', () => {
  it('writes one row per authority in rank order, then the references, values at the published precision', () => {
    expect(buildRankingCsv(model, spec)).toEqual({
      header: ['area', 'area_code', 'rank', 'value (per 10,000 children)', 'flag', 'note'],
      rows: [
        ['Leeds', 'L', 1, 85, null, null],
        ['Sheffield', 'S', 2, 54, null, null],
        ['Hackney', 'H', null, null, 'c', 'suppressed to protect confidentiality'],
        ['England (published)', null, null, 67, null, null],
      ],
      decimals: [null, null, null, 0, null, null],
    })
  })
})
