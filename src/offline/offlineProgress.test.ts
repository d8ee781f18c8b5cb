import { describe, expect, it } from 'vitest'
import { describeOfflineProgress } from './offlineProgress'

describe('what making an authority available offline is doing', () => {
  it('counts the files downloaded, then the view being read and the slide being drawn', () => {
    expect(describeOfflineProgress('Barnsley', { stage: 'files', done: 2, total: 3 })).toBe(
      "Downloading Barnsley's neighbourhood files: 2 of 3…",
    )
    expect(describeOfflineProgress('Barnsley', { stage: 'views', done: 0, total: 4 })).toBe(
      "Reading which pictures Barnsley's views offer: 1 of 4…",
    )
    expect(describeOfflineProgress('Barnsley', { stage: 'slides', done: 2, total: 7 })).toBe(
      'Making the slides: 3 of 7…',
    )
    expect(describeOfflineProgress('Barnsley', { stage: 'slides', done: 7, total: 7 })).toBe('Keeping the slides…')
  })
})
