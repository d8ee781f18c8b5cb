import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import type { AreaRegistry } from '../../scripts/etl/areas/registry'
import { combineObservations } from '../../scripts/etl/combine/combine'
import { readLait } from '../../scripts/etl/lait/readLait'
import { loadChildPopulation } from '../../scripts/etl/population/read'
import { loadSourceCatalogue } from '../../scripts/etl/sourceCatalogue'
import { declaredLaitMeasures } from '../../scripts/etl/sources'
import { etlContext } from '../../scripts/etl/testing/etlContext'
import type { EtlContext, SourceOutput } from '../../scripts/etl/types'
import { rawDir, REPO_DIR } from '../../scripts/lib/rawDir'
import type { Series } from '../../src/schema/series'

/** The raw bundle the integration tests read: CSC_RAW_DIR, else data/raw (tests/rawData.ts decides whether they run). */
export const RAW_DIR = rawDir()

export { REPO_DIR }

/**
 * A scratch copy of the raw bundle made of symlinks (cheap), with the named files replaced by the given contents.
 * Returns its path; remove it with rmSync(path, { recursive: true }).
 */
export function rawBundleWith(replacements: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'csc-raw-'))
  for (const file of listFiles(RAW_DIR)) {
    const rel = relative(RAW_DIR, file)
    if (rel in replacements) continue
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    symlinkSync(file, join(dir, rel))
  }
  for (const [rel, contents] of Object.entries(replacements)) {
    if (contents === null) continue
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    writeFileSync(join(dir, rel), contents)
  }
  return dir
}

/**
 * A scratch raw directory holding only the files data/sources.json lists (symlinks into the raw bundle): a build from
 * it proves the ETL reads no file the catalogue, and so npm run data:fetch, leaves out. Remove it with removeTree.
 */
export function catalogueOnlyBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csc-raw-catalogued-'))
  for (const { path } of loadSourceCatalogue().flatMap((source) => source.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    symlinkSync(join(RAW_DIR, path), join(dir, path))
  }
  return dir
}

export function readRaw(rel: string): string {
  return readFileSync(join(RAW_DIR, rel), 'utf8')
}

/** Every file below dir, sorted, as absolute paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...listFiles(path))
    else out.push(path)
  }
  return out.sort()
}

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function copyTree(from: string, to: string): void {
  cpSync(from, to, { recursive: true })
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** A source's context over the raw bundle, with the LAIT measures and populations build-data reads once. */
export async function rawContext(areas: AreaRegistry): Promise<EtlContext> {
  const lait = await readLait(RAW_DIR, declaredLaitMeasures(RAW_DIR))
  return etlContext(RAW_DIR, areas, { lait, population: loadChildPopulation(RAW_DIR, areas) })
}

/** A source's series as the build writes them: its observations through the combine stage, by indicator id. */
export function combinedSeries(output: SourceOutput, areas: AreaRegistry): Map<string, Series> {
  return new Map(combineObservations(output.observations, output.indicators, areas).series.map((s) => [s.id, s]))
}
