import { describe, expect, it } from 'vitest'
import { dataReleaseOf } from './dataRelease'

describe('dataReleaseOf', () => {
  const areas = { path: 'areas.json', contents: '[1]' }
  const files = [areas, { path: 'series/cla_rate.json', contents: '{"a":1}' }]

  it('is 16 hex digits and the same for the same files in any order', () => {
    const release = dataReleaseOf(files)
    expect(release).toMatch(/^[0-9a-f]{16}$/)
    expect(dataReleaseOf([...files].reverse())).toBe(release)
  })

  it('changes when one byte of one file changes, or a file is renamed', () => {
    const release = dataReleaseOf(files)
    expect(dataReleaseOf([areas, { path: 'series/cla_rate.json', contents: '{"a":2}' }])).not.toBe(release)
    expect(dataReleaseOf([areas, { path: 'series/cin_rate.json', contents: '{"a":1}' }])).not.toBe(release)
  })

  it('does not let a path run into the next contents (path and contents are delimited)', () => {
    expect(dataReleaseOf([{ path: 'ab', contents: 'c' }])).not.toBe(dataReleaseOf([{ path: 'a', contents: 'bc' }]))
  })
})
