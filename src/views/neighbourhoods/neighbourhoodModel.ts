import type { CsvCell } from '../../charts/shared/buildCsv'
import { LSOA21_MEASURE_LABELS, LSOA_DOMAIN_LABELS, describeDecile, type LsoaStanding } from '../../map/lsoaMap'
import type { StateNotice } from '../../state/dashboardState'
import { LSOA21_COUNT, LSOA21_MEASURES, LSOA_DOMAINS, type Lsoa21Measure } from '../../schema/geo'

/** The two editions the view offers: IoD2025 on 2021 LSOAs (default) and IoD2019 on 2011 LSOAs. */
export const NEIGHBOURHOOD_EDITIONS = [2025, 2019] as const
export type NeighbourhoodEdition = (typeof NEIGHBOURHOOD_EDITIONS)[number]

export interface EditionInfo {
  edition: NeighbourhoodEdition
  /** "English Indices of Deprivation 2025". */
  title: string
  lsoaYear: 2021 | 2011
  lsoaCount: number
  /** Measures the edition's files carry, in menu order. */
  measures: readonly Lsoa21Measure[]
  source: string
}

export const EDITIONS: Record<NeighbourhoodEdition, EditionInfo> = {
  2025: {
    edition: 2025,
    title: 'English Indices of Deprivation 2025',
    lsoaYear: 2021,
    lsoaCount: LSOA21_COUNT,
    measures: LSOA21_MEASURES,
    source:
      'Source: Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2025 (LSOA 2021 ' +
      'scores, ranks and deciles; IDACI from File 3). Boundaries and wards: Office for National Statistics, LSOA ' +
      '(December 2021) boundaries and LSOA 2021 to ward 2024 lookup. Contains OS data © Crown copyright and database ' +
      'right 2021.',
  },
  2019: {
    edition: 2019,
    title: 'English Indices of Deprivation 2019',
    lsoaYear: 2011,
    lsoaCount: 32_844,
    measures: LSOA_DOMAINS,
    source:
      'Source: Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2019 (LSOA 2011 ' +
      'ranks and deciles). Boundaries: Contains OS data © Crown copyright and database right 2016; Office for ' +
      'National Statistics.',
  },
}

/** The edition in the address (`edition=2019`), else IoD2025. */
export function readEdition(raw: string | null): NeighbourhoodEdition {
  return raw === '2019' ? 2019 : 2025
}

/** The measure in the address if the edition has it (IDACI is IoD2025 only), else the overall IMD. */
export function readMeasure(raw: string | null, edition: NeighbourhoodEdition): Lsoa21Measure {
  return EDITIONS[edition].measures.find((m) => m === raw) ?? 'imd'
}

/**
 * Why the map shows the overall IMD when the address asks for a measure the edition lacks (a shared link with
 * `edition=2019&domain=idaci`): said on the page, not swapped silently.
 */
export function unavailableMeasureNotice(
  requested: Lsoa21Measure,
  edition: NeighbourhoodEdition,
): StateNotice | undefined {
  if (readMeasure(requested, edition) === requested) return undefined
  return {
    key: 'domain',
    value: requested,
    message: `${measureLabel(requested)} is not mapped for the ${EDITIONS[edition].title}; the map shows the overall Index of Multiple Deprivation.`,
  }
}

export function measureLabel(measure: Lsoa21Measure): string {
  return measure === 'idaci' ? LSOA21_MEASURE_LABELS.idaci : LSOA_DOMAIN_LABELS[measure]
}

/** The map's and table's CSV: one row per neighbourhood, the ward where the edition has wards. */
export function neighbourhoodCsv(
  rows: readonly LsoaStanding[],
  info: EditionInfo,
): { header: string[]; rows: CsvCell[][] } {
  const withWard = info.lsoaYear === 2021
  const withScore = rows.some((r) => r.score !== undefined)
  const header = [
    'lsoa_code',
    'lsoa_name',
    ...(withWard ? ['ward'] : []),
    ...(withScore ? ['score'] : []),
    `rank (1 = most deprived of ${info.lsoaCount})`,
    'decile (1 = most deprived 10%)',
  ]
  const sorted = [...rows].sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code))
  return {
    header,
    rows: sorted.map((r) => [
      r.code,
      r.name,
      ...(withWard ? [r.ward ?? ''] : []),
      ...(withScore ? [r.score ?? null] : []),
      r.rank,
      r.decile,
    ]),
  }
}

/** One decile row of the distribution table: the authority's count and share against England's share. */
export interface DecileRow {
  decile: number
  label: string
  count: number
  share: number
  englandShare: number
}

/** The authority's neighbourhoods by decile next to England's (shares in %, one decimal). */
export function compareDeciles(counts: readonly number[], englandCounts: readonly number[]): DecileRow[] {
  const total = counts.reduce((a, b) => a + b, 0)
  const englandTotal = englandCounts.reduce((a, b) => a + b, 0)
  const pct = (n: number, of: number) => (of > 0 ? Math.round((1000 * n) / of) / 10 : 0)
  return counts.map((count, i) => ({
    decile: i + 1,
    label: describeDecile(i + 1),
    count,
    share: pct(count, total),
    englandShare: pct(englandCounts[i] ?? 0, englandTotal),
  }))
}

/**
 * England's LSOAs per decile: deciles cut the national ranking 1..n into tenths (decile d holds the ranks with
 * ceil(10 × rank / n) = d), so England has a tenth of its neighbourhoods in each, on every measure.
 */
export function englandDecileCounts(lsoaCount: number): number[] {
  const counts = Array.from({ length: 10 }, () => 0)
  for (let rank = 1; rank <= lsoaCount; rank++) {
    const d = Math.ceil((10 * rank) / lsoaCount)
    counts[d - 1] = (counts[d - 1] ?? 0) + 1
  }
  return counts
}
