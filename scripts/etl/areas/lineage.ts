/**
 * Reorganisations and recodes since 2010, from docs/architecture.md, "Authorities and geography". Years are reporting years (year ending 31 March): an
 * authority created on 1 April 2019 first reports for 2020.
 */

/** Same area, new GSS code: one series under the current code, the old code kept as an alias. */
export const RECODES: readonly { laNumber: number; from: string; to: string; year: number }[] = [
  { laNumber: 390, from: 'E08000020', to: 'E08000037', year: 2013 }, // Gateshead
  { laNumber: 929, from: 'E06000048', to: 'E06000057', year: 2013 }, // Northumberland
  { laNumber: 825, from: 'E10000002', to: 'E06000060', year: 2020 }, // Buckinghamshire
  { laNumber: 815, from: 'E10000023', to: 'E06000065', year: 2023 }, // North Yorkshire
  { laNumber: 933, from: 'E10000027', to: 'E06000066', year: 2023 }, // Somerset
]

/**
 * New codes ONS gave an existing authority after a minor boundary change, before the publishers use them: the series
 * stays under the established code (DfE releases up to 2025 still use it) and the new code is an alias, so a later
 * release that uses it lands on the same authority. Barnsley and Sheffield, April 2025.
 */
export const LATER_CODES: readonly { laNumber: number; code: string; laterCode: string; year: number }[] = [
  { laNumber: 370, code: 'E08000016', laterCode: 'E08000038', year: 2026 }, // Barnsley
  { laNumber: 373, code: 'E08000019', laterCode: 'E08000039', year: 2026 }, // Sheffield
]

/** Real boundary changes: the former authorities keep their own series. */
export const REORGANISATIONS: readonly { predecessors: string[]; successors: string[]; firstYear: number }[] = [
  // Christchurch moved from Dorset county into BCP, so neither successor is a simple sum of predecessors.
  { predecessors: ['E10000009', 'E06000028', 'E06000029'], successors: ['E06000058', 'E06000059'], firstYear: 2020 },
  { predecessors: ['E10000021'], successors: ['E06000061', 'E06000062'], firstYear: 2022 },
  { predecessors: ['E10000006'], successors: ['E06000063', 'E06000064'], firstYear: 2024 },
]

/** GSS codes of the former authorities by DfE LA number (the LAIT code list carries numbers and names only). */
export const FORMER_AUTHORITY_CODES: Readonly<Record<number, string>> = {
  835: 'E10000009', // Dorset county, to March 2019
  836: 'E06000029', // Poole
  837: 'E06000028', // Bournemouth
  928: 'E10000021', // Northamptonshire
  909: 'E10000006', // Cumbria
}

/** Too small for averages, regressions and rankings (docs/architecture.md, "Authorities and geography"). */
export const EXCLUDED_FROM_AVERAGES = new Set(['E09000001', 'E06000053'])

export const REGION_CODES: Readonly<Record<string, string>> = {
  'North East': 'E12000001',
  'North West': 'E12000002',
  'Yorkshire and The Humber': 'E12000003',
  'East Midlands': 'E12000004',
  'West Midlands': 'E12000005',
  'East of England': 'E12000006',
  London: 'E12000007',
  'South East': 'E12000008',
  'South West': 'E12000009',
  'Inner London': 'E13000001',
  'Outer London': 'E13000002',
}
