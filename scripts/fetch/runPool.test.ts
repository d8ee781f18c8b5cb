import { describe, expect, it } from 'vitest'
import { runPool } from './runPool'

describe('runPool', () => {
  it('runs every item, at most `limit` at once, and keeps the results in input order', async () => {
    let running = 0
    let most = 0
    const results = await runPool([30, 10, 20, 5, 15], 2, async (ms) => {
      running += 1
      most = Math.max(most, running)
      await new Promise((done) => setTimeout(done, ms))
      running -= 1
      return ms * 2
    })
    expect(results).toEqual([60, 20, 40, 10, 30])
    expect(most).toBe(2)
  })

  it('refuses a limit below one', async () => {
    await expect(runPool([1], 0, async (x) => x)).rejects.toThrow(/concurrency/)
  })
})
