import { indicatorsFileSchema, type Indicator } from '../../src/schema/indicators'
import { manifestSchema, type Manifest } from '../../src/schema/manifest'
import { seriesSchema, type Series } from '../../src/schema/series'

/** A data directory as path (relative, "/"-separated) → file contents. */
export type DataSnapshot = ReadonlyMap<string, string>

/** One figure that differs between the committed and the rebuilt data. */
export interface RevisedValue {
  /** Authority or region code, or "England". */
  areaCode: string
  year: number
  before: number | null
  after: number | null
}

/** How one series file changed. Only years and areas present in both versions count as revisions. */
export interface SeriesChange {
  id: string
  newYears: number[]
  lostYears: number[]
  newAreas: string[]
  lostAreas: string[]
  /** Number of area-years whose value differs (including null ↔ number). */
  revisedCount: number
  /** The first few revisions, in area then year order. */
  revisedExamples: RevisedValue[]
  /** Number of area-years whose flag alone differs. */
  reflaggedCount: number
}

/** How one source in the manifest changed. */
export interface SourceChange {
  id: string
  kind: 'new' | 'lost' | 'changed'
  /** Files whose checksum differs, or that were added or removed, as "path: old → new". */
  files: string[]
}

export interface DataChanges {
  newFiles: string[]
  lostFiles: string[]
  /** Files present in both whose bytes differ. */
  changedFiles: string[]
  series: SeriesChange[]
  /** Changed series or manifest files that do not match their schema (e.g. an older schema): compared as bytes only. */
  unreadable: string[]
  sources: SourceChange[]
  /** Catalogue entries (indicators.json) by id. */
  indicators: { newIds: string[]; lostIds: string[]; changedIds: string[] }
}

export const MAX_EXAMPLES = 5
const SERIES_FILE = /^series\/(.+)\.json$/

/** Compares the committed data (before) with a rebuild (after). Pure: reads nothing, writes nothing. */
export function compareData(before: DataSnapshot, after: DataSnapshot): DataChanges {
  const newFiles = [...after.keys()].filter((p) => !before.has(p)).sort()
  const lostFiles = [...before.keys()].filter((p) => !after.has(p)).sort()
  const changedFiles = [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p)).sort()
  const series: SeriesChange[] = []
  const unreadable: string[] = []
  for (const path of changedFiles.filter((p) => SERIES_FILE.test(p))) {
    const old = parseSeries(before.get(path))
    const now = parseSeries(after.get(path))
    if (old && now) series.push(compareSeries(old, now))
    else unreadable.push(path)
  }
  const manifestBefore = before.get('manifest.json')
  const manifestAfter = after.get('manifest.json')
  let sources: SourceChange[] = []
  if (manifestBefore !== undefined && manifestAfter !== undefined && manifestBefore !== manifestAfter) {
    const old = parseManifest(manifestBefore)
    const now = parseManifest(manifestAfter)
    if (old && now) sources = compareSources(old.sources, now.sources)
    else unreadable.push('manifest.json')
  }
  const indicators = compareIndicators(before.get('indicators.json'), after.get('indicators.json'), unreadable)
  return { newFiles, lostFiles, changedFiles, series, unreadable, sources, indicators }
}

export function hasChanges(changes: DataChanges): boolean {
  return changes.newFiles.length + changes.lostFiles.length + changes.changedFiles.length > 0
}

/** What changed between two versions of one series. */
export function compareSeries(before: Series, after: Series): SeriesChange {
  const beforeYears = new Set(before.years)
  const afterYears = new Set(after.years)
  const sharedYears = after.years.filter((y) => beforeYears.has(y))
  const rowsBefore = seriesRows(before)
  const rowsAfter = seriesRows(after)
  const revised: RevisedValue[] = []
  let reflaggedCount = 0
  for (const [areaCode, rowAfter] of rowsAfter) {
    const rowBefore = rowsBefore.get(areaCode)
    if (!rowBefore) continue
    for (const year of sharedYears) {
      const a = rowBefore.get(year)
      const b = rowAfter.get(year)
      if ((a?.value ?? null) !== (b?.value ?? null))
        revised.push({ areaCode, year, before: a?.value ?? null, after: b?.value ?? null })
      else if ((a?.flag ?? null) !== (b?.flag ?? null)) reflaggedCount += 1
    }
  }
  return {
    id: after.id,
    newYears: after.years.filter((y) => !beforeYears.has(y)),
    lostYears: before.years.filter((y) => !afterYears.has(y)),
    newAreas: [...rowsAfter.keys()].filter((c) => !rowsBefore.has(c)).sort(),
    lostAreas: [...rowsBefore.keys()].filter((c) => !rowsAfter.has(c)).sort(),
    revisedCount: revised.length,
    revisedExamples: revised.slice(0, MAX_EXAMPLES),
    reflaggedCount,
  }
}

interface Figure {
  value: number | null
  flag: string | null
}

/** Every row of a series (authorities, regions, England) as area → year → figure. */
function seriesRows(series: Series): Map<string, Map<number, Figure>> {
  const rows = new Map<string, Map<number, Figure>>()
  const add = (areaCode: string, values: readonly (number | null)[], flags?: readonly (string | null)[]) => {
    rows.set(
      areaCode,
      new Map(series.years.map((year, i) => [year, { value: values[i] ?? null, flag: flags?.[i] ?? null }])),
    )
  }
  for (const [code, values] of Object.entries(series.values)) add(code, values, series.flags?.[code])
  for (const [code, values] of Object.entries(series.regions ?? {})) add(code, values)
  add('England', series.england, series.englandFlags)
  return rows
}

/** Catalogue entries added, removed or edited; an unreadable catalogue is listed in `unreadable` (mutated). */
function compareIndicators(
  before: string | undefined,
  after: string | undefined,
  unreadable: string[],
): DataChanges['indicators'] {
  const none = { newIds: [], lostIds: [], changedIds: [] }
  if (before === undefined || after === undefined || before === after) return none
  const old = parseWith(before, (json) => indicatorsFileSchema.safeParse(json))
  const now = parseWith(after, (json) => indicatorsFileSchema.safeParse(json))
  if (!old || !now) {
    unreadable.push('indicators.json')
    return none
  }
  const byId = (list: Indicator[]) => new Map(list.map((i) => [i.id, JSON.stringify(i)]))
  const a = byId(old)
  const b = byId(now)
  return {
    newIds: [...b.keys()].filter((id) => !a.has(id)).sort(),
    lostIds: [...a.keys()].filter((id) => !b.has(id)).sort(),
    changedIds: [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id)).sort(),
  }
}

/** New, lost and changed sources, and for changed ones the files whose checksum differs. */
export function compareSources(before: Manifest['sources'], after: Manifest['sources']): SourceChange[] {
  const byId = (sources: Manifest['sources']) => new Map(sources.map((s) => [s.id, s]))
  const old = byId(before)
  const now = byId(after)
  const changes: SourceChange[] = []
  for (const [id, source] of now) {
    const previous = old.get(id)
    if (!previous) {
      changes.push({ id, kind: 'new', files: source.files.map((f) => `${f.path}: new`) })
      continue
    }
    const oldFiles = new Map(previous.files.map((f) => [f.path, f.sha256]))
    const newFiles = new Map(source.files.map((f) => [f.path, f.sha256]))
    const files = [
      ...[...newFiles].flatMap(([path, sha]) => {
        const was = oldFiles.get(path)
        if (was === undefined) return [`${path}: new`]
        return was === sha ? [] : [`${path}: sha256 ${short(was)} → ${short(sha)}`]
      }),
      ...[...oldFiles.keys()].filter((p) => !newFiles.has(p)).map((p) => `${p}: no longer read`),
    ]
    const describe = ({ title, publisher, licence, url }: Manifest['sources'][number]) =>
      JSON.stringify([title, publisher, licence, url])
    const metadataChanged = describe(previous) !== describe(source)
    if (files.length || metadataChanged)
      changes.push({
        id,
        kind: 'changed',
        files: metadataChanged ? [...files, 'title, publisher, licence or URL'] : files,
      })
  }
  for (const id of old.keys()) if (!now.has(id)) changes.push({ id, kind: 'lost', files: [] })
  return changes.sort((a, b) => a.id.localeCompare(b.id))
}

/** A human-readable report; "no changes" when the two snapshots are identical. */
export function formatDataChanges(changes: DataChanges): string {
  if (!hasChanges(changes)) return 'no changes'
  const lines: string[] = []
  const list = (title: string, items: readonly string[]) => {
    if (items.length) lines.push(`${title} (${items.length}): ${items.join(', ')}`)
  }
  list('New files', changes.newFiles)
  list('Lost files', changes.lostFiles)
  list('Changed files', changes.changedFiles)
  for (const s of changes.series) {
    const parts = [
      s.newYears.length ? `new years ${s.newYears.join(', ')}` : '',
      s.lostYears.length ? `LOST years ${s.lostYears.join(', ')}` : '',
      s.newAreas.length ? `new areas ${s.newAreas.join(', ')}` : '',
      s.lostAreas.length ? `LOST areas ${s.lostAreas.join(', ')}` : '',
      s.revisedCount ? `${s.revisedCount} revised value${s.revisedCount === 1 ? '' : 's'}` : '',
      s.reflaggedCount ? `${s.reflaggedCount} changed flag${s.reflaggedCount === 1 ? '' : 's'}` : '',
    ].filter(Boolean)
    lines.push(`series ${s.id}: ${parts.join('; ') || 'only metadata changed (year sources or provenance)'}`)
    for (const r of s.revisedExamples) lines.push(`    ${r.areaCode} ${r.year}: ${show(r.before)} → ${show(r.after)}`)
  }
  list('New indicators', changes.indicators.newIds)
  list('Lost indicators', changes.indicators.lostIds)
  list('Indicators with changed catalogue entries', changes.indicators.changedIds)
  list('Not comparable figure by figure (file does not match its schema)', changes.unreadable)
  for (const source of changes.sources) {
    lines.push(`source ${source.id}: ${source.kind}`)
    for (const file of source.files) lines.push(`    ${file}`)
  }
  return lines.join('\n')
}

function show(value: number | null): string {
  return value === null ? 'null' : String(value)
}

function short(sha: string): string {
  return `${sha.slice(0, 12)}…`
}

function parseSeries(text: string | undefined): Series | undefined {
  return parseWith(text, (json) => seriesSchema.safeParse(json))
}

function parseManifest(text: string): Manifest | undefined {
  return parseWith(text, (json) => manifestSchema.safeParse(json))
}

function parseWith<T>(
  text: string | undefined,
  parse: (json: unknown) => { success: true; data: T } | { success: false },
): T | undefined {
  try {
    const parsed = parse(JSON.parse(text ?? ''))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
