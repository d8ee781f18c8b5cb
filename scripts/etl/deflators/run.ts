import { join } from 'node:path'
import { deflatorsFileSchema, type Deflator, type DeflatorsFile } from '../../../src/schema/deflators'
import { readText } from '../../lib/readText'
import { SourceError } from '../../lib/sourceError'
import type { EtlContext, SourceOutput, SourceReport } from '../types'
import { emptyReport } from '../types'
import { buildFinancialYearMeans, rebaseIndex } from './financialYearIndex'
import { parseOnsSeriesCsv } from './parse'

export const GDP_DEFLATOR_FILE = 'deflators/ons-2025/ybgb_gdp_deflator.csv'
export const SPPI_FILE = 'deflators/sppi/sppi_2022.csv'

interface DeflatorSpec {
  id: Deflator['id']
  label: string
  cdid: string
  source: string
  file: string
}

const SPECS: readonly DeflatorSpec[] = [
  {
    id: 'gdp',
    label: 'GDP deflator (ONS YBGB, financial-year mean)',
    cdid: 'YBGB',
    source: 'ons-gdp-deflator',
    file: GDP_DEFLATOR_FILE,
  },
  {
    id: 'sppi',
    label: 'Services producer price index (ONS HQTI, sections H to U excl. K, financial-year mean)',
    cdid: 'HQTI',
    source: 'ons-sppi',
    file: SPPI_FILE,
  },
]

/** Builds one deflator: quarterly index → financial-year means (complete years only) → base = latest year = 100. */
export function buildDeflator(
  spec: DeflatorSpec,
  text: string,
  path: string,
): { deflator: Deflator; lastQuarter: string } {
  const series = parseOnsSeriesCsv(text, path, spec.cdid)
  const fy = buildFinancialYearMeans(series.quarters)
  const baseYear = fy.years[fy.years.length - 1]
  if (baseYear === undefined) throw new SourceError({ file: path, column: spec.cdid }, 'no complete financial year')
  const last = series.quarters.reduce((a, b) => (b.year * 4 + b.quarter > a.year * 4 + a.quarter ? b : a))
  return {
    deflator: {
      id: spec.id,
      label: spec.label,
      cdid: spec.cdid,
      source: spec.source,
      baseYear,
      years: fy.years,
      index: rebaseIndex(fy, baseYear),
    },
    lastQuarter: `${last.year} Q${last.quarter}`,
  }
}

/** Reads both price indices from the raw bundle; the GDP deflator is the default (docs/architecture.md, "Statistics"). */
export function loadDeflators(rawDir: string): { file: DeflatorsFile; report: SourceReport } {
  const report = emptyReport('deflators')
  const deflators = SPECS.map((spec) => {
    const path = join(rawDir, spec.file)
    const { deflator, lastQuarter } = buildDeflator(spec, readText(path), path)
    report.rowsRead += deflator.years.length
    report.rowsKept += deflator.years.length
    report.notes.push(
      `${spec.cdid}: quarters to ${lastQuarter}; financial years ${fyLabel(deflator.years[0] ?? 0)} to ${fyLabel(deflator.baseYear)} (base ${fyLabel(deflator.baseYear)} = 100)`,
    )
    return deflator
  })
  return { file: deflatorsFileSchema.parse({ default: 'gdp', deflators }), report }
}

/** 2025 → "2024-25". */
export function fyLabel(yearEnd: number): string {
  return `${yearEnd - 1}-${String(yearEnd % 100).padStart(2, '0')}`
}

export async function main(ctx: EtlContext): Promise<SourceOutput> {
  const { file, report } = loadDeflators(ctx.rawDir)
  for (const note of report.notes) ctx.log(note)
  return { observations: [], indicators: [], files: [{ path: 'deflators.json', data: file }], reports: [report] }
}
