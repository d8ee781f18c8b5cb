import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { buildData } from './build-data'
import { compareData, formatDataChanges, hasChanges, type DataSnapshot } from './lib/compareData'
import { SourceError, SourceErrors } from './lib/sourceError'
import type { PlausibilityFinding } from './etl/validation/plausibility'

const HELP = `Usage: npm run data:check -- [--raw DIR] [--committed DIR] [--verbose]

Rebuilds the data from the raw files into a temporary directory and reports how it differs from the committed data:
new or lost files, and per series new years, lost years, revised values (with examples), new or lost areas, and
sources whose files (checksums) changed; then every plausibility finding of the rebuild (year-on-year changes beyond
the stated factor, rates that disagree with their count and population). Nothing under public/data is written.
  --raw DIR        directory with the raw bundle (default: $CSC_RAW_DIR, else data/raw)
  --committed DIR  the data to compare with (default: public/data)
  --verbose        also print the build's progress and reconciliation lines
Exit status: 0 no changes, 1 changes found (run data:build to write them), 2 the build stopped on bad input.
`

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      raw: { type: 'string' },
      committed: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const rawDir = resolve(values.raw ?? process.env.CSC_RAW_DIR ?? 'data/raw')
  const committedDir = resolve(values.committed ?? join('public', 'data'))
  const scratch = mkdtempSync(join(tmpdir(), 'csc-data-check-'))
  const builtDir = join(scratch, 'data')
  const buildLog: string[] = []
  try {
    const { validation } = await buildData({ rawDir, outDir: builtDir, log: (line) => buildLog.push(line) })
    if (values.verbose) console.log(buildLog.join('\n') + '\n')
    const changes = compareData(readSnapshot(committedDir), readSnapshot(builtDir))
    console.log(`Comparing a rebuild from ${rawDir} with ${committedDir}:`)
    console.log(formatDataChanges(changes))
    console.log(`\n${formatPlausibility(validation.plausibility)}`)
    return hasChanges(changes) ? 1 : 0
  } catch (error) {
    if (error instanceof SourceError || error instanceof SourceErrors) {
      console.error(buildLog.join('\n'))
      console.error(`\nData build stopped: ${error.message}`)
      return 2
    }
    throw error
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** The plausibility findings, one a line, for a maintainer to look at (they never stop a build). */
export function formatPlausibility(findings: readonly PlausibilityFinding[]): string {
  if (findings.length === 0) return 'Plausibility: nothing to look at.'
  const lines = findings.map((f) => `  ${f.indicatorId} for ${f.areaCode} in ${f.year} ${f.message}`)
  return [`Plausibility: ${findings.length} figures worth a look (reported, not errors):`, ...lines].join('\n')
}

/** Every file below dir as relative "/"-separated path → contents; an absent directory is an empty snapshot. */
export function readSnapshot(dir: string): DataSnapshot {
  const snapshot = new Map<string, string>()
  if (!existsSync(dir)) return snapshot
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const path = join(current, entry)
      if (statSync(path).isDirectory()) walk(path)
      else snapshot.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'))
    }
  }
  walk(dir)
  return snapshot
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code))
}
