import { beforeAll, describe, expect, it } from 'vitest'
import { buildAreaRegistry } from '../../scripts/etl/areas/run'
import { main } from '../../scripts/etl/neighbours/run'
import { neighboursFileSchema, type NeighboursFile } from '../../src/schema/neighbours'
import { etlContext } from '../../scripts/etl/testing/etlContext'
import { RAW_DIR } from './rawBundle'

describe("DfE's statistical neighbour lists from the raw bundle", () => {
  let file: NeighboursFile

  beforeAll(async () => {
    const { registry } = buildAreaRegistry(RAW_DIR)
    const output = await main(etlContext(RAW_DIR, registry))
    file = neighboursFileSchema.parse(output.files.find((f) => f.path === 'neighbours.json')?.data)
  })

  it('May 2025 lists 158 authorities: the 153 current ones and 5 former ones', () => {
    expect(Object.keys(file.dfe2025)).toHaveLength(158)
  })

  it('April 2021 lists 156: Cumberland and Westmorland and Furness did not exist yet', () => {
    expect(Object.keys(file.dfe2021)).toHaveLength(156)
    expect(file.dfe2021.E06000063).toBeUndefined()
    expect(file.dfe2021.E06000064).toBeUndefined()
  })

  it('gives every authority 10 distinct neighbours, never itself', () => {
    for (const list of [file.dfe2025, file.dfe2021]) {
      for (const [code, neighbours] of Object.entries(list)) {
        expect(neighbours, code).toHaveLength(10)
        expect(new Set(neighbours.map((n) => n.code)).size, code).toBe(10)
        expect(
          neighbours.map((n) => n.code),
          code,
        ).not.toContain(code)
      }
    }
  })

  it("Barnsley's closest neighbours: Rotherham (very close) in 2025, Redcar and Cleveland (extremely close) in 2021", () => {
    // sn_may_2025.xlsx row 6: 370 Barnsley, SN1 372 Very close … SN10 394; sn_april_2021.xlsx row 59: SN1 807 Extremely Close.
    expect(file.dfe2025.E08000016?.[0]).toEqual({ code: 'E08000018', band: 'very close' })
    expect(file.dfe2025.E08000016?.[9]).toEqual({ code: 'E08000024', band: 'very close' })
    expect(file.dfe2021.E08000016?.[0]).toEqual({ code: 'E06000003', band: 'extremely close' })
    expect(file.dfe2021.E08000016?.[1]).toEqual({ code: 'E08000017', band: 'very close' })
  })

  it('keeps former authorities under their former codes, as authorities and as neighbours', () => {
    // Northamptonshire (928) has its own list in both files ("Old SNs"); its first neighbour is 886 Kent.
    expect(file.dfe2021.E10000021?.[0]).toEqual({ code: 'E10000016', band: 'very close' })
    expect(file.dfe2025.E10000021?.[0]).toEqual({ code: 'E10000016', band: 'very close' })
    // North Northamptonshire's 2021 list includes Cumbria (909), a former authority since 2023.
    expect(file.dfe2021.E06000061?.map((n) => n.code)).toContain('E10000006')
    // North Yorkshire (815) is keyed by its post-2023 series code in both lists.
    expect(file.dfe2021.E06000065).toHaveLength(10)
    expect(file.dfe2025.E06000065).toHaveLength(10)
  })
})
