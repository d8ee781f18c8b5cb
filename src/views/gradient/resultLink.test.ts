import { describe, expect, it } from 'vitest'
import { packJson } from '../../state/packedFragment'
import { analyse } from '../../gradient/analyse'
import { parseDelimited } from '../../gradient/csv'
import { decodeResult, encodeResult } from './resultLink'
import { testReference } from '../../gradient/testReference'
import type { GradientResult } from '../../gradient/types'

const codes = Array.from({ length: 12 }, (_, i) => `E01${String(i + 1).padStart(6, '0')}`)
const file = `lsoa_code,cpp,cla\n${codes.map((c, i) => `${c},${10 + i},${i < 2 ? 1 : 5}`).join('\n')}\n`

function result(): GradientResult {
  const outcome = analyse(
    { table: parseDelimited(file), fileName: 'counts.csv', synthetic: false, moveTo2021: false },
    testReference(),
  )
  if (outcome.type !== 'result') throw new Error(`expected a result, got ${outcome.type}`)
  return outcome.result
}

describe('gradient results in a link fragment', () => {
  it('round-trip to the same figures at six significant digits', async () => {
    const original = result()
    const decoded = await decodeResult(await encodeResult(original), original.areaCode)
    if (!decoded.ok) throw new Error(decoded.message)
    expect(decoded.result.areaName).toBe(original.areaName)
    expect(decoded.result.measures.map((m) => m.measure)).toEqual(original.measures.map((m) => m.measure))
    decoded.result.measures.forEach((m, i) => {
      const before = original.measures[i]
      m.deciles.forEach((d, j) => {
        const was = before?.deciles[j]
        expect(d.status).toBe(was?.status)
        expect(d.count).toBe(was?.count)
        if (was?.rate == null) expect(d.rate).toBeNull()
        else expect(d.rate).toBeCloseTo(was.rate, 3)
      })
      expect(m.gradient?.multiplier).toBeCloseTo(before?.gradient?.multiplier ?? NaN, 4)
    })
  })

  it('refuse results for another authority, naming whose they are', async () => {
    const original = result()
    const decoded = await decodeResult(await encodeResult(original), 'E08000016')
    expect(decoded).toEqual({ ok: false, message: expect.stringContaining(`are for ${original.areaName}`) })
  })

  it('refuse a damaged, foreign or newer text with a reason', async () => {
    const code = await encodeResult(result())
    expect(await decodeResult(code.slice(0, code.length - 12), 'E06000999')).toMatchObject({
      message: expect.stringMatching(/damaged/),
    })
    expect(await decodeResult('b1.abc', 'E06000999')).toMatchObject({ message: expect.stringMatching(/changed/) })
    expect(await decodeResult('g9.abc', 'E06000999')).toMatchObject({ message: expect.stringMatching(/newer/) })
  })

  it('refuse a link that puts a figure on a decile the disclosure rule hides', async () => {
    const original = result()
    const hidden = original.measures.flatMap((m) => m.deciles).find((d) => d.status !== 'shown')
    expect(hidden).toBeDefined()
    if (hidden) Object.assign(hidden, { count: 3, rate: 12.5 })
    const decoded = await decodeResult(await packJson(original, 'g1.'), original.areaCode)
    expect(decoded.ok).toBe(false)
  })
})
