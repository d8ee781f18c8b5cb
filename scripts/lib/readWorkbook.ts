import { statSync } from 'node:fs'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import { SourceError } from './sourceError'

/** A worksheet as a grid of strings (numbers written in full precision), row 1 first. */
export interface SheetGrid {
  file: string
  sheet: string
  rows: string[][]
}

/** The largest source workbook read (the biggest published one is under 4 MB). */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
/** The most cells one sheet may hold (the IoD LSOA sheets hold under 1.5 million). */
export const MAX_SHEET_CELLS = 5_000_000
/** The longest one sheet may take to read (the largest source sheets take a few seconds on a busy machine). */
export const MAX_READ_SECONDS = 120
/** The memory a read may use (the IoD2025 LSOA workbooks need a few hundred MB). */
const MAX_READ_MEMORY_MB = 2048

export interface ReadLimits {
  seconds: number
}

/**
 * Reads one sheet (by name, or by 0-based index) of an .xlsx, .xls or .ods workbook. The parsing runs in a worker
 * thread with a memory ceiling, and is stopped after `limits.seconds`: a crafted or corrupt workbook stops the build
 * with the file named instead of hanging it.
 */
export function readSheet(
  file: string,
  sheet: string | number,
  limits: ReadLimits = { seconds: MAX_READ_SECONDS },
): SheetGrid {
  checkFileSize(file)
  const reply = readInWorker(file, sheet, limits)
  if ('error' in reply) throw new SourceError({ file }, reply.error)
  return { file, sheet: reply.sheet, rows: reply.rows }
}

function checkFileSize(file: string): void {
  let size: number
  try {
    size = statSync(file).size
  } catch {
    throw new SourceError({ file }, 'file not found or unreadable')
  }
  if (size === 0) throw new SourceError({ file }, 'the file is empty (0 bytes)')
  if (size > MAX_WORKBOOK_BYTES)
    throw new SourceError(
      { file },
      `the workbook is ${(size / 1024 / 1024).toFixed(0)} MB, larger than the ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB a source workbook may be (the wrong file?)`,
    )
}

type WorkerReply = { sheet: string; rows: string[][] } | { error: string }

let worker: Worker | undefined

/**
 * Sends the request to the reading thread and blocks until it answers or the time is up (the build's sources read
 * synchronously). A thread that ran out of time or memory is ended and a fresh one started for the next read.
 */
function readInWorker(file: string, sheet: string | number, limits: ReadLimits): WorkerReply {
  worker ??= startWorker()
  const signal = new Int32Array(new SharedArrayBuffer(4))
  const { port1, port2 } = new MessageChannel()
  worker.postMessage({ file, sheet, maxCells: MAX_SHEET_CELLS, signal, port: port2 }, [port2])
  const waited = Atomics.wait(signal, 0, 0, limits.seconds * 1000)
  const reply = receiveMessageOnPort(port1)?.message as WorkerReply | undefined
  port1.close()
  if (waited === 'timed-out' || !reply) {
    void worker.terminate()
    worker = undefined
    return {
      error: `reading the workbook did not finish within ${limits.seconds} s or needed more than ${MAX_READ_MEMORY_MB} MB (a corrupt or crafted file?)`,
    }
  }
  return reply
}

function startWorker(): Worker {
  const thread = new Worker(new URL('./workbookWorker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: MAX_READ_MEMORY_MB },
  })
  // An idle reading thread must not keep the build running once everything else is done.
  thread.unref()
  // A thread ended for lack of memory emits an error; the read that was waiting for it has already reported it.
  thread.on('error', () => undefined)
  return thread
}
