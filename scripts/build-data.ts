import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { areasFileSchema } from '../src/schema/areas'
import { indicatorsFileSchema } from '../src/schema/indicators'
import { manifestSchema, SCHEMA_VERSION, type Manifest } from '../src/schema/manifest'
import { seriesSchema, type Series } from '../src/schema/series'
import { acquireBuildLock } from './lib/buildLock'
import { dataReleaseOf } from './lib/dataRelease'
import { SourceError, SourceErrors } from './lib/sourceError'
import { recoverInterruptedWrite, serializeJson, writeFilesAtomic, type OutputFile } from './lib/writeJsonAtomic'
import type { AreaRegistry } from './etl/areas/registry'
import { buildAreaRegistry } from './etl/areas/run'
import { combineObservations } from './etl/combine/combine'
import { readLait } from './etl/lait/readLait'
import { loadChildPopulation } from './etl/population/read'
import { loadSourceCatalogue, verifySourceFiles } from './etl/sourceCatalogue'
import { declaredLaitMeasures, ETL_SOURCES } from './etl/sources'
import type { EtlContext, SourceOutput, SourceReport } from './etl/types'
import {
  formatValidationReport,
  validateObservations,
  type ValidationReport,
} from './etl/validation/validateObservations'
import { attachRelations } from './etl/indicatorRelations'
import { attachLaitMeasures } from './etl/lait/primaryMeasures'

const HELP = `Usage: npm run data:build -- [--raw DIR] [--out DIR] [--work DIR] [--accept-shorter PATH]...

Builds public/data/*.json from the raw public source files.
  --raw DIR   directory with the raw bundle (default: $CSC_RAW_DIR, else data/raw)
  --out DIR   output directory (default: public/data); written atomically: all files or none
  --work DIR  the build's lock and staging directory, on the same disk as --out and outside public/
              (default: .data-build); one build at a time, a second one stops and says so
  --accept-shorter PATH
              a changed CSV (path as in data/sources.json) may have fewer lines than catalogued: a new
              release that really is shorter (otherwise the build stops, taking it for a cut download)
  --help      show this help
`

export interface BuildOptions {
  rawDir: string
  outDir: string
  /** Lock and staging directory (see writeFilesAtomic); default: a sibling of outDir named <outDir>.build. */
  workDir?: string
  /** Changed CSV files accepted with fewer lines than data/sources.json records (see verifySourceFiles). */
  acceptShorter?: readonly string[]
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
    const result = await buildOutput(options.rawDir, log, options.acceptShorter)
    writeFilesAtomic(outDir, result.files, { workDir })
    const gz = result.files.reduce((sum, f) => sum + gzipSync(f.contents).length, 0)
    log(`wrote ${result.files.length} files to ${outDir} (${(gz / 1024).toFixed(0)} KB gzipped)`)
    return result
  } finally {
    lock.release()
  }
}

/**
 * Reads, checks, combines and shapes every source into the output files (manifest first); prints the reconciliation
 * summary. Every source runs even after one meets bad input, so one build reports every bad file.
 */
async function buildOutput(
  rawDir: string,
  log: (line: string) => void,
  acceptShorter: readonly string[] = [],
): Promise<BuildResult> {
  if (!existsSync(rawDir))
    throw new SourceError(
      { file: rawDir },
      'raw data directory not found (run npm run data:fetch, pass --raw DIR or set CSC_RAW_DIR)',
    )
  const catalogue = loadSourceCatalogue()
  const manifestSources = verifySourceFiles(catalogue, rawDir, log, { acceptShorter })

  log('areas: reading LA code list and lineage')
  const { registry, areas, report: areasReport } = buildAreaRegistry(rawDir)
  const { outputs, errors } = await runSources(rawDir, registry, log)
  if (errors.length) throw new SourceErrors(errors)

  const observations = outputs.flatMap((o) => o.observations)
  const indicators = outputs.flatMap((o) => o.indicators)
  const validation = validateObservations(observations, indicators)
  const { series, report: combineReport } = combineObservations(observations, indicators, registry)
  const files: OutputFile[] = [
    { path: 'areas.json', contents: serializeJson(areasFileSchema.parse(areas)) },
    ...outputs.flatMap((o) => o.files.map((f) => ({ path: f.path, contents: serializeJson(f.data) }))),
    ...series.map((s) => ({ path: `series/${s.id}.json`, contents: serializeJson(seriesSchema.parse(s)) })),
  ]
  const sortedIndicators = attachLaitMeasures(attachRelations(indicators)).sort((a, b) => a.id.localeCompare(b.id))
  files.push({ path: 'indicators.json', contents: serializeJson(indicatorsFileSchema.parse(sortedIndicators)) })
  files.sort((a, b) => a.path.localeCompare(b.path))

  const manifest: Manifest = manifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: manifestSources,
    coverage: coverageOf(series),
    release: dataReleaseOf(files),
    files: files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.contents) })),
  })
  printReports([areasReport, ...outputs.flatMap((o) => o.reports), combineReport], log)
  for (const line of formatValidationReport(validation)) log(line)
  return { files: [{ path: 'manifest.json', contents: serializeJson(manifest) }, ...files], validation }
}

/**
 * Reads the inputs several sources share (the LAIT Parquet file and the 0-17 populations) once, then runs every
 * source. A source that meets bad input stops, but the others still run, so one build reports every bad file; a
 * source whose shared input failed to read is skipped (its error is already reported).
 */
async function runSources(
  rawDir: string,
  areas: AreaRegistry,
  log: (line: string) => void,
): Promise<{ outputs: SourceOutput[]; errors: SourceError[] }> {
  const errors: SourceError[] = []
  const attempt = async <T>(run: () => Promise<T> | T): Promise<T | undefined> => {
    try {
      return await run()
    } catch (error) {
      if (!(error instanceof SourceError)) throw error
      errors.push(error)
      return undefined
    }
  }
  const measures = await attempt(() => declaredLaitMeasures(rawDir))
  log(`lait: reading ${measures?.length ?? 0} measures`)
  const lait = measures ? await attempt(() => readLait(rawDir, measures)) : undefined
  log('population: reading the 0-17 denominators')
  const population = await attempt(() => loadChildPopulation(rawDir, areas))

  const outputs: SourceOutput[] = []
  for (const source of ETL_SOURCES) {
    if ((source.laitMeasures && !lait) || (source.usesPopulation && !population)) continue
    log(`${source.id}: reading`)
    const ctx: EtlContext = {
      rawDir,
      areas,
      log: (line) => log(`${source.id}: ${line}`),
      get lait() {
        if (!lait || !source.laitMeasures) throw new Error(`${source.id} reads LAIT without declaring its measures`)
        return lait
      },
      get population() {
        if (!population || !source.usesPopulation)
          throw new Error(`${source.id} uses the population without declaring it`)
        return population
      },
    }
    const output = await attempt(() => source.main(ctx))
    if (output) outputs.push(output)
  }
  return { outputs, errors }
}

/** The first and last year with a value (England's or any area's), per series. */
function coverageOf(series: readonly Series[]): Manifest['coverage'] {
  const coverage: Manifest['coverage'] = {}
  for (const s of series) {
    const withValue = s.years.filter(
      (_, i) => s.england[i] !== null || Object.values(s.values).some((v) => v[i] !== null),
    )
    if (withValue.length) coverage[s.id] = { first: withValue[0] ?? 0, last: withValue[withValue.length - 1] ?? 0 }
  }
  return coverage
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
      'accept-shorter': { type: 'string', multiple: true },
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
    await buildData({ rawDir, outDir, workDir, acceptShorter: values['accept-shorter'] ?? [] })
    return 0
  } catch (error) {
    if (error instanceof SourceError || error instanceof SourceErrors) {
      console.error(`\nData build stopped: ${error.message}\nNothing was written; ${outDir} is unchanged.`)
      return 1
    }
    throw error
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code))
}
