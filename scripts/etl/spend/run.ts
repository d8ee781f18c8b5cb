import { join } from 'node:path'
import { readCsv } from '../../lib/readCsv'
import { readSheet } from '../../lib/readWorkbook'
import { SourceError } from '../../lib/sourceError'
import { pickLatestPublications } from '../combine/latestPublication'
import type { AreaRegistry } from '../areas/registry'
import { loadDeflators } from '../deflators/run'
import { parseLaitObservations, type LaitMeasure } from '../lait/laitObservations'
import { emptyReport, ENGLAND_CODE, type EtlContext, type Observation, type SourceOutput } from '../types'
import { A1_LAYOUTS } from './a1Layouts'
import { A1_SOURCE, buildA1Observations, buildHighlightsObservations } from './cashObservations'
import { cashIndicatorId, LAIT_MEASURES } from './categories'
import { buildSpendIndicators } from './indicators'
import { parseA1Grid } from './parseA1'
import { HIGHLIGHTS_PATH, parseHighlights } from './parseHighlights'
import { parseYoungPeople2010, TABLE_A_2010_PATH, TABLE_A_2010_SHEET } from './parseTableA2010'
import { buildClaShareObservations, buildPerChildObservations, type GapCounts, type Winners } from './realTerms'

/** S251 outturn by category from DfE's LAIT compilation (FY 2016-17 to 2024-25, gross £, to the pound). */
const LAIT_CASH: Readonly<Record<string, LaitMeasure>> = Object.fromEntries(
  Object.entries(LAIT_MEASURES).map(([part, measure]) => [
    measure,
    { indicatorId: cashIndicatorId(part as keyof typeof LAIT_MEASURES), decimals: 0 },
  ]),
)
export const SPEND_LAIT_MEASURES = Object.keys(LAIT_CASH)

/** Cash observations from every S251 publication in the bundle (not yet reconciled: several per area and year). */
function readCashObservations(ctx: EtlContext) {
  const a1Report = emptyReport(A1_SOURCE)
  const cash: Observation[] = []
  const youngPeople2010 = parseYoungPeople2010(readSheet(join(ctx.rawDir, TABLE_A_2010_PATH), TABLE_A_2010_SHEET))
  for (const layout of A1_LAYOUTS) {
    const a1 = parseA1Grid(readSheet(join(ctx.rawDir, layout.path), 0), layout)
    a1Report.rowsRead += a1.rowsRead
    a1Report.rowsKept += a1.rowsRead - Object.values(a1.ignored).reduce((a, b) => a + b, 0)
    for (const [reason, n] of Object.entries(a1.ignored))
      a1Report.dropped[`${reason} (not summed)`] = (a1Report.dropped[`${reason} (not summed)`] ?? 0) + n
    const extra = layout.year === 2010 ? { young_people: youngPeople2010 } : {}
    cash.push(...buildA1Observations(a1, layout.release, ctx.areas, extra))
  }
  a1Report.notes.push(
    "Table A1: every authority's category lines add up to the file's block totals and grand total (excl. CERA) in every year, FY 2009-10 to 2018-19",
  )
  const a1Totals = new Map(
    cash
      .filter((o) => o.indicatorId === cashIndicatorId('cyp') && o.areaCode !== ENGLAND_CODE && o.value !== null)
      .map((o) => [`${o.areaCode}|${o.year}`, o.value ?? 0]),
  )

  const highlightsReport = emptyReport('s251-highlights')
  const highlightsFile = join(ctx.rawDir, HIGHLIGHTS_PATH)
  const highlights = parseHighlights(readCsv(highlightsFile))
  cash.push(...buildHighlightsObservations(highlights, a1Totals, ctx.areas, highlightsReport, highlightsFile))

  const laitReport = emptyReport('lait (S251 outturn)')
  cash.push(...parseLaitObservations(ctx.lait, LAIT_CASH, ctx.areas, laitReport))
  return { cash, reports: [a1Report, highlightsReport, laitReport] }
}

/** The most recent publication's cash figure for each indicator, keyed by indicator then "areaCode|year". */
function groupWinners(observations: readonly Observation[]): Map<string, Winners> {
  const byIndicator = new Map<string, Map<string, Observation>>()
  for (const o of pickLatestPublications(observations)) {
    const winners = byIndicator.get(o.indicatorId) ?? new Map<string, Observation>()
    winners.set(`${o.areaCode}|${o.year}`, o)
    byIndicator.set(o.indicatorId, winners)
  }
  return byIndicator
}

/**
 * For each year: the sum of the authorities' CYP totals (current and former series, whichever the year's winning
 * publication has) against England's figure, and where England's figure came from.
 */
export function reconcileEngland(winners: Winners, areas: AreaRegistry): string[] {
  const years = [...new Set([...winners.values()].map((o) => o.year))].sort((a, b) => a - b)
  return years.map((year) => {
    let sum = 0
    let count = 0
    let missing = 0
    for (const o of winners.values()) {
      if (o.year !== year || !areas.findByCode(o.areaCode) || o.areaCode === ENGLAND_CODE) continue
      if (o.value === null) missing += 1
      else {
        sum += o.value
        count += 1
      }
    }
    const england = winners.get(`${ENGLAND_CODE}|${year}`)
    const englandText =
      england?.value == null
        ? 'no England figure'
        : `England ${england.value.toLocaleString('en-GB')} (${england.provenance === 'computed' ? 'computed: sum of authorities' : `published, ${england.sourceId}`}); difference ${(england.value - sum).toLocaleString('en-GB')} (${(((england.value - sum) / england.value) * 100).toFixed(2)}%)`
    return `FY ${year - 1}-${String(year % 100).padStart(2, '0')} CYP total: ${count} authorities sum to ${sum.toLocaleString('en-GB')}${missing ? ` (${missing} missing)` : ''}; ${englandText}`
  })
}

export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const { cash, reports } = readCashObservations(ctx)
  const winners = groupWinners(cash)
  const spendReport = emptyReport('spend (reconciliation and real terms)')
  const cypWinners = winners.get(cashIndicatorId('cyp'))
  if (!cypWinners) throw new SourceError({ file: ctx.rawDir }, 'no CYP services totals read')
  spendReport.notes.push(...reconcileEngland(cypWinners, ctx.areas))

  const gdp = loadDeflators(ctx.rawDir).file.deflators.find((d) => d.id === 'gdp')
  if (!gdp) throw new SourceError({ file: ctx.rawDir }, 'GDP deflator missing from deflators')
  const population = ctx.population
  const gaps: GapCounts = {}
  const perChild = buildPerChildObservations(winners, population, gdp, gaps)
  const share = buildClaShareObservations(winners)
  spendReport.notes.push(
    `per child: GDP deflator base FY ${gdp.baseYear - 1}-${String(gdp.baseYear % 100).padStart(2, '0')} = 100; ${
      Object.keys(gaps).length
        ? `left empty for lack of ${Object.entries(gaps)
            .map(([reason, n]) => `${reason}: ${n}`)
            .join('; ')}`
        : 'every figure has its population and deflator'
    }`,
    `per child: 0-17 population from the pre-Census-2021 series (the rebased one has none) for ${
      population.fallbacks.map((f) => `${f.areaCode} ${f.reportingYear}`).join(', ') || 'no area'
    }`,
  )
  spendReport.rowsRead = cash.length
  spendReport.rowsKept = cash.length
  ctx.log(`${cash.length} cash figures, ${perChild.length} per-child figures, ${share.length} CLA shares`)
  return {
    observations: [...cash, ...perChild, ...share],
    indicators: buildSpendIndicators(gdp.baseYear),
    files: [],
    reports: [...reports, spendReport],
  }
}
