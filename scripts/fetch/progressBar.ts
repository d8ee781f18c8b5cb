/** What the progress bar shows: files and bytes done out of the total, and how many files failed so far. */
export interface Progress {
  filesDone: number
  filesTotal: number
  bytesDone: number
  bytesTotal: number
  failed: number
}

const WIDTH = 24

/** One line such as `[##########--------------]  42% 170/403 files  40.1/96.9 MB  1 failed`. */
export function renderProgress(p: Progress): string {
  const share = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : p.filesDone / Math.max(1, p.filesTotal)
  const filled = Math.round(share * WIDTH)
  const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled)
  const mb = (n: number) => (n / 1_000_000).toFixed(1)
  const failed = p.failed ? `  ${p.failed} failed` : ''
  return `[${bar}] ${String(Math.floor(share * 100)).padStart(3)}% ${p.filesDone}/${p.filesTotal} files  ${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB${failed}`
}

/**
 * Draws the bar on a terminal, redrawing one line in place; elsewhere (CI logs) it prints a line at each tenth of the
 * work so the log stays short. Messages go above the bar.
 */
export function progressWriter(stream: NodeJS.WriteStream | { write: (s: string) => unknown; isTTY?: boolean }) {
  const tty = Boolean(stream.isTTY)
  let lastTenth = -1
  let drawn = false
  return {
    update(p: Progress): void {
      if (tty) {
        stream.write(`\r${renderProgress(p)}`)
        drawn = true
        return
      }
      const tenth = Math.floor((p.filesDone / Math.max(1, p.filesTotal)) * 10)
      if (tenth !== lastTenth) {
        lastTenth = tenth
        stream.write(`${renderProgress(p)}\n`)
      }
    },
    message(line: string): void {
      stream.write(tty && drawn ? `\r\x1b[2K${line}\n` : `${line}\n`)
    },
    done(): void {
      if (tty && drawn) stream.write('\n')
    },
  }
}
