import { join } from 'node:path'
import { AREA_TYPES, areasFileSchema, type Area } from '../../../src/schema/areas'
import { parseIntegerCell } from '../../lib/cells'
import { readCsv, requireColumns } from '../../lib/readCsv'
import { readSheet } from '../../lib/readWorkbook'
import { SourceError } from '../../lib/sourceError'
import { emptyReport, dropRow, type SourceReport } from '../types'
import {
  EXCLUDED_FROM_AVERAGES,
  FORMER_AUTHORITY_CODES,
  LATER_CODES,
  RECODES,
  REGION_CODES,
  REORGANISATIONS,
} from './lineage'
import { AreaRegistry } from './registry'

export const AREA_FILES = {
  codeList: 'lait/la_code_list.xlsx',
  cla2022: 'cla/ees-2022/data/cla_number_and_rate_per_10k_children.csv',
  cla2025: 'cla/ees-2025-extract/cla_number_and_rate_per_10k_children.csv',
  lookup2023: 'lookups/LTLA-UTLA_Apr23_Lookup_England-Wales.csv',
  lookup2021: 'lookups/ltla-utla-lookup.csv',
} as const

interface CodeListRow {
  laNumber: number
  name: string
  region: string
}

/** Reads DfE's LA code list (LAIT): LA number, name, region for every authority past and present. */
export function parseCodeList(file: string, report: SourceReport): CodeListRow[] {
  const { rows } = readSheet(file, 0)
  const [header, ...body] = rows
  const cols = requireColumns({ file, header: header ?? [] }, ['LA Number', 'LA Name', 'Region'])
  const out: CodeListRow[] = []
  body.forEach((row, i) => {
    const at = { file, row: i + 2 }
    if (row.every((c) => c === '')) return
    report.rowsRead++
    const region = row[cols.Region] ?? ''
    if (region === 'NA') return dropRow(report, 'England or region row')
    const laNumber = parseIntegerCell(row[cols['LA Number']], { ...at, column: 'LA Number' })
    out.push({ laNumber, name: row[cols['LA Name']] ?? '', region })
  })
  return out
}

/** A later code ONS gave an authority (Barnsley E08000038) → the code its series stays under (E08000016). */
const ESTABLISHED_CODE = new Map(LATER_CODES.map((r) => [r.laterCode, r.code]))

/**
 * LA number → GSS code and DfE name spellings, from the EES CLA files (which list every code in every year). A row
 * with an authority's later code (LATER_CODES) counts under its established code, so a release that switches to the
 * new code keeps one series.
 */
export function parseLaCodes(file: string): Map<number, { code: string; names: Set<string> }> {
  const table = readCsv(file)
  const cols = requireColumns(table, ['geographic_level', 'old_la_code', 'new_la_code', 'la_name'])
  const map = new Map<number, { code: string; names: Set<string> }>()
  table.rows.forEach((row, i) => {
    if (row[cols.geographic_level] !== 'Local authority') return
    const at = { file, row: table.firstRowNumber + i }
    const laNumber = parseIntegerCell(row[cols.old_la_code], { ...at, column: 'old_la_code' })
    const published = row[cols.new_la_code] ?? ''
    const code = ESTABLISHED_CODE.get(published) ?? published
    const entry = map.get(laNumber) ?? { code, names: new Set<string>() }
    if (entry.code !== code)
      throw new SourceError({ ...at, column: 'new_la_code' }, `LA ${laNumber} has two codes: ${entry.code} and ${code}`)
    entry.names.add(row[cols.la_name] ?? '')
    map.set(laNumber, entry)
  })
  return map
}

/** ONS names of the April 2023 upper-tier authorities, by code. */
export function parseOnsNames(file: string): Map<string, string> {
  const table = readCsv(file)
  const cols = requireColumns(table, ['UTLA23CD', 'UTLA23NM'])
  return new Map(table.rows.map((row) => [row[cols.UTLA23CD] ?? '', row[cols.UTLA23NM] ?? '']))
}

/**
 * District (lower-tier) names by the code of the upper-tier authority they lay in, from an ONS LTLA → UTLA lookup:
 * what search uses so that "Tunbridge Wells" finds Kent. A unitary's own row (LTLA = UTLA) names no district.
 */
export function parseDistricts(
  file: string,
  columns: { district: string; districtName: string; authority: string },
): Map<string, Set<string>> {
  const table = readCsv(file)
  const cols: Record<string, number> = requireColumns(table, [
    columns.district,
    columns.districtName,
    columns.authority,
  ])
  const cell = (row: string[], column: string) => (row[cols[column] ?? -1] ?? '').trim()
  const out = new Map<string, Set<string>>()
  table.rows.forEach((row, i) => {
    const district = cell(row, columns.district)
    const authority = cell(row, columns.authority)
    if (!district.startsWith('E') || district === authority) return
    const name = cell(row, columns.districtName)
    if (!name)
      throw new SourceError(
        { file, row: table.firstRowNumber + i, column: columns.districtName },
        `district ${district} has no name`,
      )
    out.set(authority, (out.get(authority) ?? new Set()).add(name))
  })
  return out
}

function typeOf(code: string): Area['type'] {
  const prefix = code.slice(0, 3)
  const type = ({ E06: 'unitary', E08: 'metropolitan district', E09: 'london borough', E10: 'county' } as const)[
    prefix as 'E06'
  ]
  if (!type) throw new Error(`no authority type for ${code}`)
  return type satisfies (typeof AREA_TYPES)[number]
}

/** Strips DfE's "(Pre LG)" marker; the former county gets a name that cannot be mistaken for today's Dorset. */
function displayName(laNumber: number, dfeName: string): string {
  if (laNumber === 835) return 'Dorset (county council, to 2019)'
  return dfeName.replace(/\s*\(Pre LG\)\s*/i, '').trim()
}

/** Builds areas.json from the code list, the CLA files' codes, the ONS lookup and the lineage tables. */
export function buildAreas(rawDir: string): { areas: Area[]; report: SourceReport } {
  const report = emptyReport('areas')
  const codeList = parseCodeList(join(rawDir, AREA_FILES.codeList), report)
  const codes = parseLaCodes(join(rawDir, AREA_FILES.cla2022))
  for (const [n, entry] of parseLaCodes(join(rawDir, AREA_FILES.cla2025))) {
    const existing = codes.get(n)
    codes.set(n, { code: entry.code, names: new Set([...(existing?.names ?? []), ...entry.names]) })
  }
  const onsNames = parseOnsNames(join(rawDir, AREA_FILES.lookup2023))
  // April 2021 districts keep those abolished since (Harrogate, in North Yorkshire until 2023) findable.
  const districts = [
    parseDistricts(join(rawDir, AREA_FILES.lookup2021), {
      district: 'LTLA21CD',
      districtName: 'LTLA21NM',
      authority: 'UTLA21CD',
    }),
    parseDistricts(join(rawDir, AREA_FILES.lookup2023), {
      district: 'LTLA23CD',
      districtName: 'LTLA23NM',
      authority: 'UTLA23CD',
    }),
  ]

  const areas: Area[] = codeList.map(({ laNumber, name, region }) => {
    const code = FORMER_AUTHORITY_CODES[laNumber] ?? codes.get(laNumber)?.code
    if (!code)
      throw new SourceError(
        { file: AREA_FILES.codeList, column: 'LA Number' },
        `no GSS code found for LA ${laNumber} ${name}`,
      )
    report.rowsKept++
    const regionName = region === 'Inner London' || region === 'Outer London' ? 'London' : region
    const regionCode = REGION_CODES[regionName]
    if (!regionCode)
      throw new SourceError({ file: AREA_FILES.codeList, column: 'Region' }, `unknown region "${region}"`)
    const nameShown = displayName(laNumber, name)
    const aliases = new Set([name, ...(codes.get(laNumber)?.names ?? []), onsNames.get(code) ?? ''])
    aliases.delete('')
    aliases.delete(nameShown)
    const area: Area = {
      code,
      laNumber,
      name: nameShown,
      aliases: [...aliases].sort(),
      region: regionName,
      regionCode,
      type: typeOf(code),
      status: code in FORMER_BY_CODE ? 'former' : 'current',
    }
    const formerCodes = RECODES.filter((r) => r.to === code).map((r) => r.from)
    if (formerCodes.length) area.formerCodes = formerCodes
    const laterCodes = LATER_CODES.filter((r) => r.code === code).map((r) => r.laterCode)
    if (laterCodes.length) area.laterCodes = laterCodes
    for (const reorg of REORGANISATIONS) {
      if (reorg.predecessors.includes(code)) {
        area.successors = reorg.successors
        area.lastYear = reorg.firstYear - 1
      }
      if (reorg.successors.includes(code)) {
        area.predecessors = reorg.predecessors
        area.firstYear = reorg.firstYear
      }
    }
    if (EXCLUDED_FROM_AVERAGES.has(code)) area.excludedFromAverages = true
    const areaCodes = [code, ...(area.formerCodes ?? [])]
    const districtNames = new Set(
      districts.flatMap((byAuthority) => areaCodes.flatMap((c) => [...(byAuthority.get(c) ?? [])])),
    )
    for (const known of [nameShown, ...aliases]) districtNames.delete(known)
    if (districtNames.size) area.districts = [...districtNames].sort()
    return area
  })
  areas.sort((a, b) => a.code.localeCompare(b.code))
  return { areas: areasFileSchema.parse(areas), report }
}

const FORMER_BY_CODE = Object.fromEntries(Object.values(FORMER_AUTHORITY_CODES).map((c) => [c, true]))

export function buildAreaRegistry(rawDir: string): { registry: AreaRegistry; areas: Area[]; report: SourceReport } {
  const { areas, report } = buildAreas(rawDir)
  return { registry: new AreaRegistry(areas), areas, report }
}
