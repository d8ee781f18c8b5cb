import { describe, expect, it } from 'vitest'
import { testIndicator } from '../testing/testIndicator'
import { testSeries } from '../testing/testSeries'
import { buildCitation } from './citation'
import { buildFigureFacts } from './figureFacts'
import { compareWord, describeFigure, type FigureFacts } from './sentences'

const cpp = {
  label: 'Children on a child protection plan at 31 March per 10,000 children',
  unit: 'rate per 10,000',
  decimals: 1,
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
} as const

const barnsley: FigureFacts = {
  areaName: 'Barnsley',
  indicator: cpp,
  year: 2025,
  value: 51,
  missingReason: null,
  neighboursMean: 57.4,
  england: 40.6,
  earlier: { year: 2020, value: 60.2 },
  rank: { rank: 49, of: 152, highestFirst: true },
  deprivation: { expected: 55.1, lower: 30.2, upper: 80.0, measure: 'IMD 2019 average score' },
}

describe('describeFigure (golden sentences)', () => {
  it('states the value, neighbours and England, change, rank and quartile, and the deprivation verdict', () => {
    expect(describeFigure(barnsley)).toBe(
      "Barnsley: 51.0 per 10,000 children on a child protection plan at 31 March in year ending 31 March 2025, lower than its statistical neighbours' mean (57.4 per 10,000) and higher than England (40.6 per 10,000). " +
        'It has fallen by 9.2 per 10,000 (15%) since year ending 31 March 2020. ' +
        'It ranks 49 of 152 authorities (1 = highest), in the second quarter. ' +
        'Given its deprivation (IMD 2019 average score), about 55.1 per 10,000 would be expected: it is not unusual for its deprivation.',
    )
  })

  it('says better or worse only for measures with a direction, never for neutral ones or intervention rates', () => {
    const spend = { unit: '£', decimals: 0, polarity: 'neutral' } as const
    expect(compareWord(1200, 1000, spend)).toBe('higher than')
    expect(compareWord(1200, 1000, { ...spend, polarity: 'higher-is-more-intervention' })).toBe('higher than')
    expect(compareWord(12, 10, { ...spend, polarity: 'higher-is-worse' })).toBe('worse than')
    expect(compareWord(12, 10, { ...spend, polarity: 'higher-is-better' })).toBe('better than')
    expect(compareWord(10.04, 10.01, { ...spend, decimals: 1, polarity: 'neutral' })).toBe('the same as')
    const neutral = describeFigure({ ...barnsley, indicator: { ...cpp, polarity: 'neutral' } })
    expect(neutral).not.toMatch(/better|worse|best/)
  })

  it('keeps a missing figure visible with its reason, never as zero', () => {
    expect(describeFigure({ ...barnsley, value: null, missingReason: 'suppressed to protect confidentiality' })).toBe(
      'Barnsley has no figure for children on a child protection plan at 31 March in year ending 31 March 2025 (suppressed to protect confidentiality).',
    )
  })

  it('says "unusually lower" outside the range expected for its deprivation, and "unchanged" when the change rounds away', () => {
    const text = describeFigure({
      ...barnsley,
      earlier: { year: 2024, value: 51.04 },
      rank: null,
      deprivation: { expected: 80, lower: 60, upper: 100, measure: 'IMD 2019 average score' },
    })
    expect(text).toContain('It is unchanged since year ending 31 March 2024.')
    expect(text).toContain('it is unusually lower for its deprivation')
    expect(text).not.toContain('ranks')
  })

  it('names the best end of the ranking for a measure with a direction', () => {
    const worse = { ...cpp, polarity: 'higher-is-worse' as const }
    expect(
      describeFigure({ ...barnsley, indicator: worse, rank: { rank: 150, of: 152, highestFirst: false } }),
    ).toContain('It ranks 150 of 152 authorities (1 = best), in the fourth quarter.')
  })
})

describe('buildFigureFacts', () => {
  const series = {
    ...testSeries([2019, 2020, 2024, 2025], {
      A: [10, 20, 30, 40],
      N1: [null, null, 50, 61],
      N2: [null, null, 10, null],
      B: [5, 5, 5, 5],
      C: [100, 100, 100, null],
    }),
    england: [1, 2, 3, 35.5],
    flags: { C: [null, null, null, 'c' as const] },
  }
  const indicator = testIndicator('cla_rate')

  it('takes the latest year, neighbours with data, England, the change over five years and the rank', () => {
    const facts = buildFigureFacts({
      indicator,
      series,
      areaCode: 'A',
      areaName: 'Alpha',
      neighbourCodes: ['N1', 'N2'],
      rankableCodes: ['A', 'B', 'C', 'N1', 'N2'],
    })
    expect(facts).toMatchObject({
      year: 2025,
      value: 40,
      neighboursMean: 61,
      england: 35.5,
      earlier: { year: 2020, value: 20 },
      rank: { rank: 2, of: 3, highestFirst: true },
    })
  })

  it('explains a suppressed figure and stops at an abolished authority’s last year', () => {
    const facts = buildFigureFacts({
      indicator,
      series,
      areaCode: 'C',
      areaName: 'Gamma',
      neighbourCodes: [],
      rankableCodes: ['A', 'C'],
    })
    expect(facts?.value).toBeNull()
    expect(facts?.missingReason).toMatch(/suppressed/i)
    expect(facts?.rank).toBeNull()
    expect(
      buildFigureFacts({
        indicator,
        series,
        areaCode: 'C',
        areaName: 'Gamma',
        neighbourCodes: [],
        rankableCodes: [],
        lastYear: 2024,
      })?.year,
    ).toBe(2024)
  })
})

describe('buildCitation', () => {
  it('writes the figure, its comparisons, source, licence and link as one line of plain text', () => {
    expect(
      buildCitation({
        areaName: 'Barnsley',
        indicator: cpp,
        year: 2025,
        value: 51,
        missingReason: null,
        neighboursMean: 57.4,
        england: 40.6,
        source: { publisher: 'Department for Education', title: 'Characteristics of children in need 2025' },
        computed: false,
        link: 'https://example.org/area/E08000016',
      }),
    ).toBe(
      "Barnsley: 51.0 per 10,000 – Children on a child protection plan at 31 March per 10,000 children, year ending 31 March 2025 (statistical neighbours' mean 57.4 per 10,000; England 40.6 per 10,000). " +
        'Source: Department for Education, Characteristics of children in need 2025. Open Government Licence v3.0. https://example.org/area/E08000016',
    )
  })

  it('keeps a missing figure as such', () => {
    const text = buildCitation({
      areaName: 'Hackney',
      indicator: cpp,
      year: 2022,
      value: null,
      missingReason: 'not available',
      neighboursMean: null,
      england: 40.6,
      source: null,
      computed: false,
      link: 'x',
    })
    expect(text).toMatch(/^Hackney: no figure \(not available\) – /)
  })
})
