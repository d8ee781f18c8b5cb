import { describe, expect, it } from 'vitest'
import { analyse, type AnalyseOutcome } from './analyse'
import { parseDelimited } from './csv'
import { testReference } from './testReference'

const run = (csv: string, extra: { moveTo2021?: boolean; confirmed?: Array<'cin' | 'cpp' | 'cla' | null> } = {}) =>
  analyse(
    { table: parseDelimited(csv), fileName: 'test.csv', synthetic: false, moveTo2021: false, ...extra },
    testReference(),
  )

const problems = (outcome: AnalyseOutcome) => (outcome.type === 'problems' ? outcome.problems : [])
const codes = Array.from({ length: 12 }, (_, i) => `E01${String(i + 1).padStart(6, '0')}`)
const goodFile = `lsoa_code,CPP,cla\n${codes.map((c, i) => `${c},${10 + i},${5}`).join('\n')}\n`

describe('analyse: checks on the file', () => {
  it('an empty file, or a header without rows', () => {
    expect(problems(run(''))[0]?.kind).toBe('empty')
    expect(problems(run('lsoa_code,cpp\n\n'))[0]?.message).toBe('The file has a header row but no data rows.')
  })

  it('no LSOA column, no count column', () => {
    expect(problems(run('code,cpp\nE01000001,3\n'))[0]?.message).toContain('Row 1 has no column of LSOA codes')
    expect(problems(run('lsoa_code,total\nE01000001,3\n'))[0]?.kind).toBe('no-count-column')
  })

  it('unknown codes, naming row and column', () => {
    const [p] = problems(run('lsoa_code,cpp\nE01000001,3\nE01999999,2\nnonsense,1\n'))
    expect(p?.kind).toBe('unknown-lsoa')
    expect(p?.message).toContain('row 3 (E01999999)')
    expect(p?.message).toContain('row 4 (NONSENSE)')
    expect(p?.message).toContain('column "lsoa_code"')
  })

  it('neighbourhoods of another authority: how many, which, and whose', () => {
    const [p] = problems(run('lsoa_code,cpp\nE01000001,3\nE01000013,2\nE01000014,1\n'))
    expect(p?.kind).toBe('outside-authority')
    expect(p?.message).toContain('2 neighbourhoods in the file are not in Testshire: 2 in Nextshire')
    expect(p?.message).toContain('E01000013 (row 3), E01000014 (row 4)')
  })

  it('2011 and 2021 codes mixed', () => {
    const [p] = problems(run('lsoa_code,cpp\nE01000001,3\nE01000012,2\nE01035001,1\n'))
    expect(p?.kind).toBe('mixed-vintages')
    expect(p?.message).toContain('1 code exists only in 2011 and 1 code only in 2021')
  })

  it('duplicates, negative and non-numeric counts, all reported together', () => {
    const kinds = problems(
      run('lsoa_code,cpp,cla\nE01000001,3,1\nE01000001,2,1\nE01000002,-1,1\nE01000003,three,1\nE01000004,2.5,1\n'),
    )
    expect(kinds.map((p) => p.kind)).toEqual(['duplicate', 'negative', 'not-a-number'])
    expect(kinds[0]?.message).toContain('E01000001 in rows 2 and 3')
    expect(kinds[1]?.message).toContain('row 4 column "cpp" ("-1")')
    expect(kinds[2]?.message).toContain('row 5 column "cpp" ("three")')
    expect(kinds[2]?.message).toContain('row 6 column "cpp" ("2.5")')
  })

  it('suppression markers are unknown, never 0', () => {
    const csv = `lsoa_code,cpp\n${codes.map((c, i) => `${c},${i < 2 ? 'c' : i < 4 ? '[x]' : 12}`).join('\n')}\n`
    const outcome = run(csv)
    expect(outcome.type).toBe('result')
    if (outcome.type !== 'result') return
    const [decile1, decile2] = outcome.result.measures[0]?.deciles ?? []
    expect(decile1).toMatchObject({ counted: 0, children: 0, status: 'none', count: null })
    expect(decile2).toMatchObject({ counted: 0, status: 'none' })
    expect(outcome.result.notes.join(' ')).toContain('4 suppressed and 0 blank cells are unknown, never 0')
  })

  it('variant headers are proposed, then used once confirmed', () => {
    const csv = `LSOA code,Children on a plan,Looked after children\n${codes.map((c) => `${c},12,11`).join('\n')}\n`
    const first = run(csv)
    expect(first.type).toBe('confirm')
    if (first.type !== 'confirm') return
    expect(first.choices.map((c) => c.measure)).toEqual([null, 'cpp', 'cla'])
    const second = run(csv, { confirmed: [null, 'cpp', null] })
    expect(second.type === 'result' && second.result.measures.map((m) => m.measure)).toEqual(['cpp'])
  })
})

describe('analyse: results', () => {
  it('2011 codes: rates by IoD2019 decile with mid-2020 children; decile figures only', () => {
    const outcome = run(goodFile)
    expect(outcome.type).toBe('result')
    if (outcome.type !== 'result') return
    const cpp = outcome.result.measures.find((m) => m.measure === 'cpp')
    // Decile 1: rows 1-2, counts 10 + 11 = 21 among 2,000 children → 105 per 10,000.
    expect(cpp?.deciles[0]).toMatchObject({ count: 21, children: 2000, status: 'shown' })
    expect(cpp?.deciles[0]?.rate).toBeCloseTo(105, 10)
    // Deciles 6 and 7 have one neighbourhood each: not shown.
    expect(cpp?.deciles[5]?.status).toBe('one-neighbourhood')
    const cla = outcome.result.measures.find((m) => m.measure === 'cla')
    expect(cla?.deciles[0]).toMatchObject({ count: 10, status: 'shown' })
    expect(cla?.cwip?.rates[0]).toBe(120)
    expect(JSON.stringify(outcome.result)).not.toContain('E01000001')
  })

  it('2011 codes moved to 2021: split counts shared, children estimated from 0-15 × (1 + 16-17 ratio)', () => {
    const outcome = run(goodFile, { moveTo2021: true })
    expect(outcome.type).toBe('result')
    if (outcome.type !== 'result') return
    expect(outcome.result.moved).toBe(true)
    const cpp = outcome.result.measures.find((m) => m.measure === 'cpp')
    expect(cpp?.deciles[0]).toMatchObject({ count: 21, children: 2000 }) // 800 × 1.25 each
    // E01000012 (count 21) split 50:50 into deciles 8 and 9, 500 children each: one source neighbourhood, not shown.
    expect(cpp?.deciles[7]?.status).toBe('one-neighbourhood')
    expect(outcome.result.notes.join(' ')).toContain('1 2011 neighbourhoods were split')
  })

  it('2021 codes: rates by IoD2025 decile, children estimated from Census 2021 0-15 × (1 + 16-17 ratio)', () => {
    const outcome = analyse(
      {
        table: parseDelimited('lsoa_code,cpp\nE01000001,10\nE01000002,11\nE01035001,12\n'),
        fileName: 'x.csv',
        synthetic: false,
        moveTo2021: false,
      },
      testReference(),
    )
    expect(outcome.type).toBe('result')
    if (outcome.type !== 'result') return
    expect([outcome.result.vintage, outcome.result.moved]).toEqual([2021, false])
    const cpp = outcome.result.measures.find((m) => m.measure === 'cpp')
    // Decile 1: E01000001 and E01000002, 10 + 11 = 21 among 2 × 800 × 1.25 = 2,000 children → 105 per 10,000.
    expect(cpp?.deciles[0]).toMatchObject({ count: 21, children: 2000, status: 'shown' })
    expect(cpp?.deciles[0]?.rate).toBeCloseTo(105, 10)
    // E01035001 alone in IoD2025 decile 8: a single neighbourhood's figure is never shown.
    expect(cpp?.deciles[7]).toMatchObject({ status: 'one-neighbourhood', count: null })
    expect(outcome.result.notes.join(' ')).toContain('English Indices of Deprivation 2025 deciles of the 2021 LSOAs')
  })
})
