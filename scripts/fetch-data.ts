import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fetchRawFiles, isProblem, type FetchOrigin } from './fetch/fetchRawFiles'
import { progressWriter } from './fetch/progressBar'
import { loadSourceCatalogue, SOURCES_FILE } from './etl/sourceCatalogue'
import { SourceError } from './lib/sourceError'

const HELP = `Usage: npm run data:fetch -- [--out DIR] [--mirror URL|DIR] [--concurrency N] [--timeout SECONDS]

Downloads every raw file listed in data/sources.json and checks its sha256.
  --out DIR          where to put them (default: data/raw, which npm run data:build reads)
  --mirror URL|DIR   fetch the same relative paths from a mirror of the raw bundle instead of each file's URL
                     (a web address, or a directory such as a copy on this machine)
  --concurrency N    files fetched at once (default 4)
  --timeout SECONDS  give up on a file after this long without data (default 60)
  --help             show this help

Files already in place with the right checksum are skipped and interrupted downloads resume, so it is safe to run
again. A file whose checksum differs from the catalogue is kept beside the expected name (name.sha256-<prefix>),
never in its place. The exit code is 0 only when every file is in place and verified.
`

export function parseOrigin(mirror: string | undefined): FetchOrigin {
  if (mirror === undefined) return { kind: 'publisher' }
  if (/^https?:\/\//i.test(mirror)) return { kind: 'mirror-url', base: mirror }
  const dir = resolve(mirror)
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new Error(`--mirror ${mirror}: not a web address (http:// or https://) and not a directory`)
  return { kind: 'mirror-dir', dir }
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`)
  return n
}

export async function main(
  argv: string[] = process.argv.slice(2),
  out: NodeJS.WriteStream | { write: (s: string) => unknown; isTTY?: boolean } = process.stdout,
  sourcesFile = SOURCES_FILE,
): Promise<number> {
  let values
  let origin: FetchOrigin
  let concurrency: number
  let timeoutSeconds: number
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        mirror: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean' },
      },
    }))
    origin = parseOrigin(values.mirror)
    concurrency = Math.floor(positive('concurrency', values.concurrency, 4))
    timeoutSeconds = positive('timeout', values.timeout, 60)
  } catch (error) {
    out.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    return 2
  }
  if (values.help) {
    out.write(HELP)
    return 0
  }
  let catalogue
  try {
    catalogue = loadSourceCatalogue(sourcesFile)
  } catch (error) {
    if (error instanceof SourceError) {
      out.write(`${error.message}\n`)
      return 2
    }
    throw error
  }
  const outDir = resolve(values.out ?? 'data/raw')
  const files = catalogue.flatMap((s) => s.files)
  const bytesTotal = files.reduce((sum, f) => sum + f.bytes, 0)
  const from =
    origin.kind === 'publisher'
      ? 'their download URLs'
      : `the mirror ${origin.kind === 'mirror-dir' ? origin.dir : origin.base}`
  const bar = progressWriter(out)
  bar.message(
    `Fetching ${files.length} raw files (${(bytesTotal / 1_000_000).toFixed(1)} MB) listed in ${sourcesFile} from ${from} into ${outDir}`,
  )

  const outcomes = await fetchRawFiles({
    catalogue,
    outDir,
    origin,
    concurrency,
    idleTimeoutMs: timeoutSeconds * 1000,
    onProgress: ({ files: done, bytes, failed }) =>
      bar.update({ filesDone: done, filesTotal: files.length, bytesDone: bytes, bytesTotal, failed }),
    onProblem: (o) =>
      bar.message(`${o.status === 'changed' ? 'CHANGED' : 'FAILED '} ${o.path}: ${'problem' in o ? o.problem : ''}`),
  })
  bar.done()

  const count = (status: string) => outcomes.filter((o) => o.status === status).length
  const resumed = outcomes.filter((o) => o.status === 'fetched' && o.resumed).length
  const problems = outcomes.filter(isProblem)
  out.write(
    `\n${count('fetched')} fetched${resumed ? ` (${resumed} resumed)` : ''}, ${count('present')} already in place, ${count('changed')} with a changed checksum, ${count('failed')} failed.\n`,
  )
  if (problems.length === 0) {
    out.write(
      `Every raw file is in place and verified. Next: npm run data:build${values.out ? ` -- --raw ${values.out}` : ''}\n`,
    )
    return 0
  }
  out.write(`\n${problems.length} file(s) are not in place:\n`)
  for (const o of problems) out.write(`- ${o.path}: ${'problem' in o ? o.problem : ''}\n`)
  return 1
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code))
}
