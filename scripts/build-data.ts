import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { areasFileSchema } from '../src/schema/areas'
import { indicatorsFileSchema, type Indicator } from '../src/schema/indicators'
import { manifestSchema, SCHEMA_VERSION, type Manifest } from '../src/schema/manifest'
import { seriesSchema } from '../src/schema/series'
import { SourceError } from './lib/sourceError'
import { acquireBuildLock } from './lib/buildLock'
import { recoverInterruptedWrite, serializeJson, writeFilesAtomic, type OutputFile } from './lib/writeJsonAtomic'
import { buildAreaRegistry } from './etl/areas/run'
import { assembleSeries } from './etl/assembleSeries'
import { ETL_SOURCES } from './etl/sources'
import {
  formatValidationReport,
  validateObservations,
  type ValidationReport,
} from './etl/validation/validateObservations'
import { attachRelations } from './etl/indicatorRelations'
import { loadSourceCatalogue, verifySourceFiles } from './etl/sourceCatalogue'
import type { Observation, SourceReport } from './etl/types'

const HELP = `Usage: npm run data:build -- [--raw DIR] [--out DIR] [--work DIR]

Builds public/data/*.json from the raw public source files.
  --raw DIR   directory with the raw bundle (default: $CSC_RAW_DIR, else data/raw)
  --out DIR   output directory (default: public/data); written atomically: all files or none
  --work DIR  the build's lock and staging directory, on the same disk as --out and outside public/
              (default: .data-build); one build at a time, a second one stops and says so
  --help      show this help
`

export interface BuildOptions {
  rawDir: string
  outDir: string
  /** Lock and staging directory (see writeFilesAtomic); default: a sibling of outDir named <outDir>.build. */
  workDir?: string
  log?: (line: string) => void
}

/** The files written (manifest first) and what the observation checks reported. */
export interface BuildResult {
  files: OutputFile[]
  validation: ValidationReport
}

/**
 * Runs every source, harmonises and writes public/data, holding the build lock throughout. Throws SourceError on bad
 * input (or when another build holds the lock), leaving outDir untouched.
 */
export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const { outDir, workDir = `${outDir}.build`, log = console.log } = options
  const lock = acquireBuildLock(workDir, log)
  try {
    recoverInterruptedWrite(outDir, workDir, log)
    const result = await buildOutput(options.rawDir, log)
    writeFilesAtomic(outDir, result.files, { workDir })
    const gz = result.files.reduce((sum, f) => sum + gzipSync(f.contents).length, 0)
    log(`wrote ${result.files.length} files to ${outDir} (${(gz / 1024).toFixed(0)} KB gzipped)`)
    return result
  } finally {
    lock.release()
  }
}

/** Reads, checks and shapes every source into the output files (manifest first); prints the reconciliation summary. */
async function buildOutput(rawDir: string, log: (line: string) => void): Promise<BuildResult> {
  if (!existsSync(rawDir))
    throw new SourceError(
      { file: rawDir },
      'raw data directory not found (run npm run data:fetch, pass --raw DIR or set CSC_RAW_DIR)',
    )
  const catalogue = loadSourceCatalogue()
  const manifestSources = verifySourceFiles(catalogue, rawDir, log)

  log('areas: reading LA code list and lineage')
  const { registry, areas, report: areasReport } = buildAreaRegistry(rawDir)
  const reports: SourceReport[] = [areasReport]
  const observations: Observation[] = []
  const indicators: Indicator[] = []
  const files: OutputFile[] = [{ path: 'areas.json', contents: serializeJson(areasFileSchema.parse(areas)) }]

  for (const source of ETL_SOURCES) {
    log(`${source.id}: reading`)
    const output = await source.main({ rawDir, areas: registry, log: (line) => log(`${source.id}: ${line}`) })
    observations.push(...output.observations)
    indicators.push(...output.indicators)
    reports.push(...output.reports)
    for (const extra of output.files) files.push({ path: extra.path, contents: serializeJson(extra.data) })
  }

  const validation = validateObservations(observations, indicators)
  const byIndicator = new Map<string, Observation[]>()
  for (const obs of observations) byIndicator.set(obs.indicatorId, [...(byIndicator.get(obs.indicatorId) ?? []), obs])
  const coverage: Manifest['coverage'] = {}
  const catalogueIds = new Set(indicators.map((i) => i.id))
  for (const [id, obs] of [...byIndicator.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!catalogueIds.has(id)) throw new Error(`indicator "${id}" has observations but no catalogue entry`)
    const series = seriesSchema.parse(assembleSeries(id, obs, registry))
    files.push({ path: `series/${id}.json`, contents: serializeJson(series) })
    const withValue = series.years.filter(
      (_, i) => series.england[i] !== null || Object.values(series.values).some((v) => v[i] !== null),
    )
    if (withValue.length) coverage[id] = { first: withValue[0] ?? 0, last: withValue[withValue.length - 1] ?? 0 }
  }
  const sortedIndicators = attachRelations(indicators).sort((a, b) => a.id.localeCompare(b.id))
  files.push({ path: 'indicators.json', contents: serializeJson(indicatorsFileSchema.parse(sortedIndicators)) })
  files.sort((a, b) => a.path.localeCompare(b.path))

  const manifest: Manifest = manifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: manifestSources,
    coverage,
    files: files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.contents) })),
  })
  printReports(reports, log)
  for (const line of formatValidationReport(validation)) log(line)
  return { files: [{ path: 'manifest.json', contents: serializeJson(manifest) }, ...files], validation }
}

function printReports(reports: readonly SourceReport[], log: (line: string) => void): void {
  log('')
  log('Reconciliation summary')
  for (const r of reports) {
    const dropped = Object.entries(r.dropped)
      .map(([reason, n]) => `${n} ${reason}`)
      .join('; ')
    log(
      `- ${r.sourceId}: ${r.rowsRead} rows read, ${r.rowsKept} kept, ${r.rowsRead - r.rowsKept} dropped${dropped ? ` (${dropped})` : ''}; unmatched codes: ${r.unmatched.length ? r.unmatched.join(', ') : 'none'}`,
    )
    for (const note of r.notes) log(`    ${note}`)
  }
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      raw: { type: 'string' },
      out: { type: 'string' },
      work: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const rawDir = resolve(values.raw ?? process.env.CSC_RAW_DIR ?? 'data/raw')
  const outDir = resolve(values.out ?? join('public', 'data'))
  const workDir = resolve(values.work ?? '.data-build')
  try {
    await buildData({ rawDir, outDir, workDir })
    return 0
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(`\nData build stopped: ${error.message}\nNothing was written; ${outDir} is unchanged.`)
      return 1
    }
    throw error
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code))
}
