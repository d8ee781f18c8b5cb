import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { SourceError } from './sourceError'

/** Held by the running build; release() removes the lock file. */
export interface BuildLock {
  path: string
  release: () => void
}

interface LockOwner {
  pid: number
  started: string
}

/**
 * Takes the exclusive build lock: a file in workDir created with O_EXCL, holding the owner's pid. A second build
 * stops with a message naming the running one. A lock left by a build that was killed (its pid no longer runs) is
 * taken over, and the log says so.
 */
export function acquireBuildLock(workDir: string, log: (line: string) => void): BuildLock {
  mkdirSync(workDir, { recursive: true })
  const path = join(workDir, 'lock')
  const owner: LockOwner = { pid: process.pid, started: new Date().toISOString() }
  if (!tryCreate(path, owner)) {
    const holder = readOwner(path)
    if (holder && isRunning(holder.pid)) {
      throw new SourceError(
        { file: path },
        `another data build (process ${holder.pid}, started ${holder.started}) is running; wait for it to finish and run this build again`,
      )
    }
    log(
      `removed the lock of an interrupted data build${holder ? ` (process ${holder.pid}, started ${holder.started})` : ''}`,
    )
    rmSync(path, { force: true })
    // If another build took the stale lock over in the meantime, this attempt fails and says so.
    if (!tryCreate(path, owner)) return acquireBuildLock(workDir, log)
  }
  return {
    path,
    release: () => {
      if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true })
    },
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, JSON.stringify(owner))
  } finally {
    closeSync(fd)
  }
  return true
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, started: String(parsed.started ?? 'unknown') } : null
  } catch {
    // Absent, or killed between creating and writing the file: either way nobody holds it.
    return null
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
