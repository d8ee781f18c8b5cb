import type { AreaRegistry } from '../areas/registry'
import { requireColumns, type CsvTable } from '../../lib/readCsv'
import { SourceError } from '../../lib/sourceError'

/**
 * Which upper-tier authority each 2013 district (LAD13, the vintage of geo/topo_lad.json) belongs to.
 *
 * Source: ONS "Lower Tier to Upper Tier Local Authority Lookup, April 2021" (lookups/ltla-utla-lookup.csv) gives 301 of
 * the 326 districts; the overrides below give the other 25 (districts abolished before 2021) and the April 2023
 * reorganisations, from the Structural Changes Orders that created the unitary authorities (the overrides are the
 * table; docs/architecture.md, "Authorities and geography", lists the reorganisations). The Northamptonshire and
 * Cumbria district-to-unitary splits follow the Structural Changes Orders (2020, 2022); no bundled lookup lists them.
 * Recodes where only the code changed (E10000023 → E06000065 North Yorkshire, E10000027 → E06000066 Somerset) are
 * resolved through the area registry's former codes, so they need no override.
 */
export const LAD_TO_CURRENT_UTLA_OVERRIDES: Readonly<Record<string, string>> = {
  // Dorset 2019: Bournemouth, Christchurch and Poole → BCP; the other Dorset districts → Dorset unitary.
  E06000028: 'E06000058', // Bournemouth
  E06000029: 'E06000058', // Poole
  E07000048: 'E06000058', // Christchurch
  E07000049: 'E06000059', // East Dorset
  E07000050: 'E06000059', // North Dorset
  E07000051: 'E06000059', // Purbeck
  E07000052: 'E06000059', // West Dorset
  E07000053: 'E06000059', // Weymouth and Portland
  // Buckinghamshire 2020: the four districts → one unitary.
  E07000004: 'E06000060', // Aylesbury Vale
  E07000005: 'E06000060', // Chiltern
  E07000006: 'E06000060', // South Bucks
  E07000007: 'E06000060', // Wycombe
  // Northamptonshire 2021.
  E07000150: 'E06000061', // Corby → North Northamptonshire
  E07000152: 'E06000061', // East Northamptonshire
  E07000153: 'E06000061', // Kettering
  E07000156: 'E06000061', // Wellingborough
  E07000151: 'E06000062', // Daventry → West Northamptonshire
  E07000154: 'E06000062', // Northampton
  E07000155: 'E06000062', // South Northamptonshire
  // Somerset: Taunton Deane and West Somerset merged in 2019 (so are absent from the 2021 lookup); unitary in 2023.
  E07000190: 'E06000066', // Taunton Deane
  E07000191: 'E06000066', // West Somerset
  // Suffolk districts merged in 2019 (absent from the 2021 lookup); the county is unchanged.
  E07000201: 'E10000029', // Forest Heath
  E07000204: 'E10000029', // St Edmundsbury
  E07000205: 'E10000029', // Suffolk Coastal
  E07000206: 'E10000029', // Waveney
  // Cumbria 2023 (the 2021 lookup still says E10000006).
  E07000026: 'E06000063', // Allerdale → Cumberland
  E07000028: 'E06000063', // Carlisle
  E07000029: 'E06000063', // Copeland
  E07000027: 'E06000064', // Barrow-in-Furness → Westmorland and Furness
  E07000030: 'E06000064', // Eden
  E07000031: 'E06000064', // South Lakeland
}

/** The 2013 districts that made up each former authority (which keeps its own series and polygon). */
export const FORMER_UTLA_LADS: Readonly<Record<string, readonly string[]>> = {
  E10000009: ['E07000048', 'E07000049', 'E07000050', 'E07000051', 'E07000052', 'E07000053'], // Dorset county
  E06000028: ['E06000028'], // Bournemouth
  E06000029: ['E06000029'], // Poole
  E10000021: ['E07000150', 'E07000151', 'E07000152', 'E07000153', 'E07000154', 'E07000155', 'E07000156'],
  E10000006: ['E07000026', 'E07000027', 'E07000028', 'E07000029', 'E07000030', 'E07000031'], // Cumbria
}

/**
 * The LSOA 2011 boundary files are named after the district code in force before the 2013 recodes for six districts;
 * file-name code → LAD13 code (the names in martinjc/UK-GeoJSON's lsoa_by_lad folder; data/sources.json,
 * "geo-boundaries").
 */
export const LSOA_FILE_LAD_RECODES: Readonly<Record<string, string>> = {
  E06000048: 'E06000057', // Northumberland
  E08000020: 'E08000037', // Gateshead
  E07000097: 'E07000242', // East Hertfordshire
  E07000100: 'E07000240', // St Albans
  E07000101: 'E07000243', // Stevenage
  E07000104: 'E07000241', // Welwyn Hatfield
}

/** One row of the ONS LTLA → UTLA lookup. */
export interface LookupRow {
  ladCode: string
  utlaCode: string
  /** 1-based row in the lookup file, for error messages. */
  row: number
}

/**
 * Maps every LAD13 code to the code of the current authority it lies in. A district that neither the overrides nor
 * the lookup place, or that lands on a code that is not a current authority, stops the ETL.
 */
export function buildLadToCurrentUtla(
  ladCodes: readonly string[],
  lookup: readonly LookupRow[],
  registry: AreaRegistry,
  files: { lookup: string; boundaries: string },
): Map<string, string> {
  const lookupByLad = new Map(lookup.map((r) => [r.ladCode, r]))
  const mapping = new Map<string, string>()
  for (const lad of ladCodes) {
    const override = LAD_TO_CURRENT_UTLA_OVERRIDES[lad]
    const row = lookupByLad.get(lad)
    const target = override ?? row?.utlaCode
    const at = override || !row ? { file: files.boundaries } : { file: files.lookup, row: row.row, column: 'UTLA21CD' }
    if (!target) throw new SourceError(at, `district ${lad} is in neither the LTLA→UTLA lookup nor the overrides`)
    const area = registry.findByCode(target)
    if (!area || area.status !== 'current')
      throw new SourceError(at, `district ${lad} maps to ${target}, which is not a current authority`)
    mapping.set(lad, area.code)
  }
  return mapping
}

/**
 * Groups of districts per authority: every current authority (from the mapping) and each former authority in
 * FORMER_UTLA_LADS that the registry lists (all five in the real registry).
 */
export function groupLadsByUtla(
  ladToCurrent: ReadonlyMap<string, string>,
  registry: AreaRegistry,
): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const [lad, utla] of ladToCurrent) groups.set(utla, [...(groups.get(utla) ?? []), lad])
  for (const [former, lads] of Object.entries(FORMER_UTLA_LADS))
    if (registry.findByCode(former)?.status === 'former') groups.set(former, [...lads])
  return groups
}

/** The April 2021 LTLA → UTLA lookup (England and Wales rows; only districts in topo_lad.json are looked up). */
export function parseUtlaLookup(table: CsvTable): LookupRow[] {
  const cols = requireColumns(table, ['LTLA21CD', 'UTLA21CD'])
  return table.rows.map((row, i) => ({
    ladCode: row[cols.LTLA21CD] ?? '',
    utlaCode: row[cols.UTLA21CD] ?? '',
    row: table.firstRowNumber + i,
  }))
}
