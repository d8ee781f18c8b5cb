import { MEASURES, type ColumnChoice, type Measure } from './types'

/** Lower case, words only: "Children on a Plan " → "children on a plan". */
export const normaliseHeader = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const LSOA_HEADERS = new Set([
  'lsoa code',
  'lsoa',
  'lsoa cd',
  'lsoa11cd',
  'lsoa21cd',
  'lsoa11 code',
  'lsoa21 code',
  'lsoa11',
  'lsoa21',
  'lsoa 2011',
  'lsoa 2021',
  'lsoa 2011 code',
  'lsoa 2021 code',
  'lsoa11 cd',
  'lsoa21 cd',
])

/** Headers that are not the exact measure name but commonly mean it; each is confirmed with the user. */
const VARIANTS: Record<Measure, readonly string[]> = {
  cin: [
    'children in need',
    'child in need',
    'cin count',
    'number of children in need',
    'cin cases',
    'open cin',
    'cin children',
  ],
  cpp: [
    'cp',
    'cpp count',
    'cp plan',
    'cp plans',
    'child protection',
    'child protection plan',
    'child protection plans',
    'children on a plan',
    'children on plan',
    'children on a child protection plan',
    'children on child protection plans',
    'on a plan',
    'number of children on a plan',
  ],
  cla: [
    'lac',
    'cla count',
    'looked after',
    'looked after children',
    'children looked after',
    'number of children looked after',
    'children in care',
    'cic',
    'in care',
  ],
}

/** The index of the LSOA code column, or -1. */
export function findLsoaColumn(header: readonly string[]): number {
  return header.findIndex((h) => LSOA_HEADERS.has(normaliseHeader(h)))
}

/** Each header read as a measure: exact names (any case) are taken; variants are proposed, to be confirmed. */
export function proposeColumns(header: readonly string[], lsoaColumn: number): ColumnChoice[] {
  const taken = new Set<Measure>()
  const choices: ColumnChoice[] = header.map((h, index) => {
    const name = normaliseHeader(h)
    const exact = MEASURES.find((m) => m === name) ?? null
    return { header: h, index, measure: index === lsoaColumn ? null : exact, exact: exact !== null }
  })
  for (const c of choices) if (c.measure) taken.add(c.measure)
  for (const c of choices) {
    if (c.measure || c.index === lsoaColumn) continue
    const name = normaliseHeader(c.header)
    const variant = MEASURES.find((m) => !taken.has(m) && VARIANTS[m].includes(name))
    if (variant) {
      c.measure = variant
      taken.add(variant)
    }
  }
  return choices
}
