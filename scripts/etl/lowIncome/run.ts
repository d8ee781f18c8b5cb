import { join } from 'node:path'
import { readText } from '../../lib/readText'
import { parseLaitObservations, type LaitMeasure } from '../lait/laitObservations'
import { emptyReport, type EtlContext, type SourceOutput } from '../types'
import { NOMIS_AGE_FILES, parseNomisText, type NomisAgeBand } from '../population/parseNomis'
import { buildComputedPercentObservations } from './computePercent'
import { LOW_INCOME_INDICATORS } from './indicators'
import { parseCilifText } from './parse'
import { buildCountObservations, DWP_SOURCE_ID, LAIT_MEASURE, LAIT_SOURCE_ID, PCT_ID } from './transform'

/** All children (0-19) in relative low income, before housing costs, FY 2014-15 to 2021-22 (p). */
export const CILIF_FILE = 'low-income/dwp-cilif-2015-22/children-relative-low-income-0-19-2015-22-code.csv'
/** The same by age of child: the bands that make up DWP's under-16 measure. */
export const CILIF_UNDER_16_FILES = ['0-4', '5-10', '11-15'].map(
  (age) => `low-income/dwp-cilif-2015-22/children-relative-low-income-${age}-2015-22-code.csv`,
)
/** DWP's published percentage, as DfE compiled it in LAIT, to DWP's one decimal place. */
const LAIT_PERCENT: Readonly<Record<string, LaitMeasure>> = {
  [LAIT_MEASURE]: { indicatorId: PCT_ID, decimals: 1, range: [0, 100] },
}
export const LOW_INCOME_LAIT_MEASURES = Object.keys(LAIT_PERCENT)

/** The ONS population bands that make up ages 0-15. */
const POPULATION_0_15_BANDS: readonly NomisAgeBand[] = ['0-4', '5-9', '10-14', '15']

/**
 * Builds children_low_income_count (DWP 2022 release) and children_low_income_pct: computed from the DWP 2022 release's
 * under-16 counts and ONS 0-15 populations, and as published by DWP via LAIT from FY 2021-22 (the published figure wins).
 */
export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const countReport = emptyReport(DWP_SOURCE_ID)
  const file = join(ctx.rawDir, CILIF_FILE)
  const table = parseCilifText(readText(file), file)
  const counts = buildCountObservations(table, ctx.areas, file, countReport)
  const provisional = table.years.filter((y) => y.isProvisional).map((y) => y.label)
  countReport.notes.push(
    `children_low_income_count: ${table.years[0]?.label}-${table.years.at(-1)?.label}, provisional: ${provisional.join(', ') || 'none'}`,
  )

  const computedReport = emptyReport(`${DWP_SOURCE_ID} (computed %, 0-15)`)
  const computed = buildComputedPercentObservations(
    CILIF_UNDER_16_FILES.map((f) => {
      const path = join(ctx.rawDir, f)
      return { file: path, table: parseCilifText(readText(path), path) }
    }),
    POPULATION_0_15_BANDS.map((band) => {
      const { file: nomisFile, ageLabel } = NOMIS_AGE_FILES[band]
      const path = join(ctx.rawDir, nomisFile)
      return parseNomisText(readText(path), path, ageLabel)
    }),
    ctx.areas,
    computedReport,
  )
  const computedYears = [...new Set(computed.map((o) => o.year))]
  computedReport.notes.push(
    `children_low_income_pct computed for ${computedYears[0]}-${computedYears.at(-1)} (0-4 + 5-10 + 11-15 counts / ONS 0-15 at the mid-year starting the FY); ${
      computed.filter((o) => o.value === null).length
    } null; England and regions not computed; LAIT's published figures win where both exist`,
  )

  const pctReport = emptyReport(`${LAIT_SOURCE_ID} (${LAIT_MEASURE})`)
  const percents = parseLaitObservations(ctx.lait, LAIT_PERCENT, ctx.areas, pctReport)
  ctx.log(`${counts.length} counts, ${computed.length} computed and ${percents.length} published percentages`)
  return {
    observations: [...counts, ...computed, ...percents],
    indicators: LOW_INCOME_INDICATORS,
    files: [],
    reports: [countReport, computedReport, pctReport],
  }
}
