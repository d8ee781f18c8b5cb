import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, sep } from 'node:path'

/** One output file: a path relative to the output directory and its serialised contents. */
export interface OutputFile {
  path: string
  contents: string
}

/** The points of a write an interruption can fall between (tests kill the process at each). */
export type WriteStage = 'staging' | 'staged' | 'validated' | 'moved-aside' | 'swapped'

export interface WriteOptions {
  /**
   * Where staging and set-aside directories live: outside anything git or the app's bundler picks up, and on the same
   * file system as outDir (renames do not cross file systems). The caller holds the build lock on it.
   */
  workDir: string
  /** Called as each stage is reached. */
  onStage?: (stage: WriteStage) => void
}

const STAGING = 'staging-'
const PREVIOUS = 'previous-'

/**
 * Writes every file into this build's own staging directory, checks the directory holds exactly those files with
 * those sizes, then puts it in place with one rename (after moving the old output aside), so readers see all the new
 * files or all the old ones. Run recoverInterruptedWrite first: it restores or removes what a killed build left.
 */
export function writeFilesAtomic(outDir: string, files: readonly OutputFile[], options: WriteOptions): void {
  const { workDir, onStage } = options
  mkdirSync(workDir, { recursive: true })
  mkdirSync(dirname(outDir), { recursive: true })
  const staging = mkdtempSync(join(workDir, STAGING))
  const previous = join(workDir, `${PREVIOUS}${basename(staging).slice(STAGING.length)}`)
  try {
    for (const file of files) {
      const target = join(staging, file.path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.contents)
      onStage?.('staging')
    }
    onStage?.('staged')
    validateStaged(staging, files)
    onStage?.('validated')
    if (existsSync(outDir)) renameSync(outDir, previous)
    onStage?.('moved-aside')
    renameSync(staging, outDir)
  } catch (error) {
    if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir)
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  onStage?.('swapped')
  rmSync(previous, { recursive: true, force: true })
}

/**
 * Cleans up after a build that was killed: puts the previous output back if the kill fell between moving it aside and
 * renaming the new one in, removes staging and set-aside directories (and those of the older fixed-name layout beside
 * outDir), and says what it did. Call it holding the build lock.
 */
export function recoverInterruptedWrite(outDir: string, workDir: string, log: (line: string) => void): void {
  const leftovers = existsSync(workDir)
    ? readdirSync(workDir).filter((name) => name.startsWith(STAGING) || name.startsWith(PREVIOUS))
    : []
  const setAside = leftovers.filter((name) => name.startsWith(PREVIOUS))
  const newestSetAside = setAside
    .map((name) => join(workDir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  if (!existsSync(outDir) && newestSetAside) {
    renameSync(newestSetAside, outDir)
    log(`restored ${outDir} from an interrupted build (it stopped between moving the old output aside and the swap)`)
  }
  for (const name of leftovers) {
    const path = join(workDir, name)
    if (!existsSync(path)) continue
    rmSync(path, { recursive: true, force: true })
    log(`removed ${path} left by an interrupted build`)
  }
  for (const legacy of [`${outDir}.staging`, `${outDir}.previous`]) {
    if (!existsSync(legacy)) continue
    rmSync(legacy, { recursive: true, force: true })
    log(`removed ${legacy} left by an interrupted build`)
  }
}

/** The staged directory must hold exactly the files written, each with its full length. */
function validateStaged(staging: string, files: readonly OutputFile[]): void {
  const expected = new Map(files.map((f) => [f.path.split('/').join(sep), Buffer.byteLength(f.contents)]))
  const found = listFiles(staging)
  for (const path of found) {
    const rel = relative(staging, path)
    const bytes = expected.get(rel)
    if (bytes === undefined) throw new Error(`staged output has an unexpected file ${rel}`)
    if (statSync(path).size !== bytes)
      throw new Error(`staged output file ${rel} has ${statSync(path).size} bytes, expected ${bytes}`)
  }
  if (found.length !== expected.size)
    throw new Error(`staged output has ${found.length} files, expected ${expected.size}`)
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** JSON with a trailing newline; callers build objects with a stable key order so rebuilds are byte-identical. */
export function serializeJson(value: unknown): string {
  return JSON.stringify(value) + '\n'
}
