import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** One output file: a path relative to the output directory and its serialised contents. */
export interface OutputFile {
  path: string
  contents: string
}

/**
 * Writes every file into a fresh sibling directory, then swaps it in with two renames, so a failure part-way leaves
 * the previous output untouched: readers see all the new files or all the old ones.
 */
export function writeFilesAtomic(outDir: string, files: readonly OutputFile[]): void {
  const staging = `${outDir}.staging`
  const previous = `${outDir}.previous`
  rmSync(staging, { recursive: true, force: true })
  rmSync(previous, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  for (const file of files) {
    const target = join(staging, file.path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, file.contents)
  }
  if (existsSync(outDir)) renameSync(outDir, previous)
  renameSync(staging, outDir)
  rmSync(previous, { recursive: true, force: true })
}

/** JSON with a trailing newline; callers build objects with a stable key order so rebuilds are byte-identical. */
export function serializeJson(value: unknown): string {
  return JSON.stringify(value) + '\n'
}
