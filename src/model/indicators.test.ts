import { describe, expect, it } from 'vitest'
import { resolveIndicator } from './indicators'
import { testIndicator as indicator } from '../testing/testIndicator'

describe('resolveIndicator', () => {
  it("uses the URL's indicator when the catalogue has it", () => {
    expect(resolveIndicator([indicator('cin_rate'), indicator('s47_rate')], 's47_rate')?.id).toBe('s47_rate')
  })
  it('falls back to the first intervention rate the catalogue has, then to anything, then to null', () => {
    expect(resolveIndicator([indicator('s47_rate'), indicator('cin_rate')], 'cla_rate')?.id).toBe('cin_rate')
    expect(resolveIndicator([indicator('s47_rate')], 'cla_rate')?.id).toBe('s47_rate')
    expect(resolveIndicator([], 'cla_rate')).toBeNull()
  })
})
