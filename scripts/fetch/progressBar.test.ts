import { describe, expect, it } from 'vitest'
import { progressWriter, renderProgress } from './progressBar'

describe('the progress bar', () => {
  it('shows the share of bytes done, files and megabytes, and failures', () => {
    expect(
      renderProgress({ filesDone: 1, filesTotal: 4, bytesDone: 25_000_000, bytesTotal: 100_000_000, failed: 0 }),
    ).toBe('[######------------------]  25% 1/4 files  25.0/100.0 MB')
    expect(
      renderProgress({ filesDone: 4, filesTotal: 4, bytesDone: 100_000_000, bytesTotal: 100_000_000, failed: 2 }),
    ).toBe('[########################] 100% 4/4 files  100.0/100.0 MB  2 failed')
  })

  it('redraws one line on a terminal, and prints a line per tenth of the files in a log', () => {
    const written: string[] = []
    const log = progressWriter({ write: (s: string) => written.push(s), isTTY: false })
    for (let done = 0; done <= 20; done++)
      log.update({ filesDone: done, filesTotal: 20, bytesDone: done, bytesTotal: 20, failed: 0 })
    expect(written).toHaveLength(11)
    expect(written.every((line) => line.endsWith('\n'))).toBe(true)

    const tty: string[] = []
    const term = progressWriter({ write: (s: string) => tty.push(s), isTTY: true })
    term.update({ filesDone: 1, filesTotal: 2, bytesDone: 1, bytesTotal: 2, failed: 0 })
    term.message('FAILED a.csv')
    expect(tty[0]?.startsWith('\r[')).toBe(true)
    expect(tty[1]).toBe('\r\x1b[2KFAILED a.csv\n')
  })
})
