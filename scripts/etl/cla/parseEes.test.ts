import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixtureRawWith } from '../population/fixtures/fixtureRaw'
import { buildTestAreas } from '../population/fixtures/testAreas'
import { readCsv } from '../../lib/readCsv'
import { emptyReport, ENGLAND_CODE } from '../types'
import { EES_RELEASES, parseEesRelease } from './parseEes'

const RAW = join(import.meta.dirname, 'fixtures/raw')
const areas = buildTestAreas()
const SPEC_2025 = EES_RELEASES.find((r) => r.publication.sourceId === 'cla-ees-2025') ?? EES_RELEASES[0]
const parse = (raw = RAW, report = emptyReport('t')) =>
  parseEesRelease(readCsv(join(raw, spec.file)), spec, areas, report)

if (!SPEC_2025) throw new Error('no 2025 release defined')
const spec = SPEC_2025

describe('parseEesRelease (2025 layout)', () => {
  it('reads the renamed columns and the "on 31 March" wording as CLA count and rate', () => {
    const barnsley = parse().find((r) => r.areaCode === 'E08000016' && r.indicatorId === 'cla_count')
    expect(barnsley?.observations.map((o) => [o.indicatorId, o.value])).toEqual([
      ['cla_count', 329],
      ['cla_rate', 66],
    ])
    expect(barnsley?.populationEstimate).toBe(49_960)
    expect(barnsley?.observations[0]).toMatchObject({ sourceId: 'cla-ees-2025', provenance: 'published' })
  })

  it('gives ceased as a count only, and starts as count and rate, for England and regions too', () => {
    const rows = parse()
    expect(rows.find((r) => r.indicatorId === 'cla_ceased_count')?.observations).toHaveLength(1)
    const region = rows.find((r) => r.areaCode === 'E12000003')
    expect(region?.observations.map((o) => o.indicatorId)).toEqual(['cla_starts_count', 'cla_starts_rate'])
    expect(rows.find((r) => r.areaCode === ENGLAND_CODE)?.rate).toBe(67)
  })

  it('keeps suppressed cells as null with flag c', () => {
    const hartlepool = parse().find((r) => r.areaCode === 'E06000001')
    expect(hartlepool?.observations.map((o) => [o.value, o.flag])).toEqual([
      [null, 'c'],
      [null, 'c'],
    ])
  })

  it('drops the z placeholder for a year before the authority existed, and counts it', () => {
    const report = emptyReport('t')
    const rows = parse(RAW, report)
    expect(rows.filter((r) => r.areaCode === 'E06000061').map((r) => r.year)).toEqual([2022])
    expect(report.dropped).toEqual({ 'authority did not exist that year (placeholder cell)': 1 })
  })
})

describe('parseEesRelease on bad input', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const edit = (change: (t: string) => string) => (dir = fixtureRawWith(RAW, spec.file, change))

  it('stops on the 2022 column name in a 2025 file (renamed header)', () => {
    edit((t) => t.replace('children_count', 'number'))
    expect(() => parse(dir)).toThrow(/column "children_count".*missing/)
  })

  it('stops on an unknown measure name', () => {
    edit((t) => t.replace('Children ceasing to be looked after each year', 'Care leavers'))
    expect(() => parse(dir)).toThrow(/row 5, column "population_type": unknown measure "Care leavers"/)
  })

  it('stops on a truncated row', () => {
    edit((t) => t.replace(',49960,329,66', ',49960'))
    expect(() => parse(dir)).toThrow(/cla_number_and_rate_per_10k_children\.csv, row 4/)
  })

  it('stops on an unknown LA number and on a non-numeric cell', () => {
    edit((t) =>
      t.replace(',370,Barnsley,E08000016,Children looked after', ',999,Barnsley,E08000016,Children looked after'),
    )
    expect(() => parse(dir)).toThrow(/row 4, column "old_la_code": unknown DfE LA number 999/)
    rmSync(dir, { recursive: true, force: true })
    edit((t) => t.replace(',49960,329,66', ',49960,329,sixty'))
    expect(() => parse(dir)).toThrow(/row 4, column "rate_per_10000"/)
  })

  it('stops on a figure for a year the authority did not exist', () => {
    edit((t) =>
      t.replace(
        'North Northamptonshire,E06000061,Children looked after on 31 March each year,z,z,z',
        'North Northamptonshire,E06000061,Children looked after on 31 March each year,79000,500,63',
      ),
    )
    expect(() => parse(dir)).toThrow(/row 6.*E06000061 in 2021, a year the authority did not exist/)
  })
})
