// A data-build stand-in run in its own process by the write and lock tests: takes the build lock, recovers what an
// interrupted build left, and writes FILES files whose contents are LABEL. With KILL_AT=<stage> it kills itself with
// SIGKILL when that stage is reached ('locked' = before staging starts); with HOLD_AT=<stage> it waits there until the
// file HOLD_RELEASE exists. Prints the recovery log lines to stdout.
import { existsSync } from 'node:fs'
import { acquireBuildLock } from '../buildLock'
import { SourceError } from '../sourceError'
import { recoverInterruptedWrite, writeFilesAtomic, type WriteStage } from '../writeJsonAtomic'

const [outDir, workDir, label, count] = process.argv.slice(2)
if (!outDir || !workDir || !label || !count) throw new Error('usage: writeOutputProcess OUT WORK LABEL FILES')
const { KILL_AT, HOLD_AT, HOLD_RELEASE } = process.env

function reached(stage: WriteStage | 'locked'): void {
  if (stage === KILL_AT) process.kill(process.pid, 'SIGKILL')
  if (stage === HOLD_AT && HOLD_RELEASE) {
    process.stdout.write(`holding at ${stage}\n`)
    while (!existsSync(HOLD_RELEASE)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20)
  }
}

const log = (line: string) => process.stdout.write(line + '\n')
let lock
try {
  lock = acquireBuildLock(workDir, log)
} catch (error) {
  if (!(error instanceof SourceError)) throw error
  process.stderr.write(error.message + '\n')
  process.exit(3)
}
try {
  recoverInterruptedWrite(outDir, workDir, log)
  reached('locked')
  const files = Array.from({ length: Number(count) }, (_, i) => ({
    path: i % 2 ? `series/file${i}.json` : `file${i}.json`,
    contents: `${label} ${i}\n`,
  }))
  files.push({ path: 'manifest.json', contents: `${label} manifest\n` })
  writeFilesAtomic(outDir, files, { workDir, onStage: reached })
  log('done')
} finally {
  lock.release()
}
