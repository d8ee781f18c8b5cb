import { buildCsv } from '../charts/shared/buildCsv'
import { DISCLOSURE_RULE } from './disclosure'
import { MAX_FILE_BYTES } from './readTable'
import { MEASURE_LABELS, type GradientResult } from './types'

/** A template to fill in: every 2011 LSOA of the authority, count cells empty. */
export function templateCsv(codes: readonly string[]): string {
  return `lsoa_code,cin,cpp,cla\n${codes.map((c) => `${c},,,`).join('\n')}\n`
}

/** The written description of the file format, offered as a download next to the template. */
export function formatDescription(areaName: string): string {
  return [
    `File format for "Your own gradient" (${areaName})`,
    '',
    'A CSV file (comma, semicolon or tab separated, UTF-8) or an Excel workbook (.xlsx, first sheet), one row per',
    'neighbourhood, with a header row:',
    '',
    '  lsoa_code  the LSOA code of the neighbourhood, 2011 codes (as in the template) or 2021 codes, not both',
    '  cin        children in need on the day you choose (optional)',
    '  cpp        children on a child protection plan (optional)',
    '  cla        children looked after (optional)',
    '',
    'At least one of cin, cpp and cla. Header names are read in any case; names such as "children on a plan" or',
    '"looked after children" are recognised and you are asked to confirm what they mean. Other columns are ignored.',
    "Counts are whole numbers of children (0 or more), counted by the neighbourhood of the child's home address.",
    'Suppressed or unknown cells (c, x, *, [c], <5, blank and similar) are read as unknown, never as 0: that',
    'neighbourhood is left out of the measure, counts and children alike. Neighbourhoods missing from the file are',
    'left out too, so list every neighbourhood, with 0 where there are none.',
    `Each LSOA once; every LSOA in ${areaName}; at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    '',
    'Your file is read and summed in your browser. It is never uploaded.',
    '',
    DISCLOSURE_RULE,
    '',
  ].join('\n')
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

/** The results as one CSV: every measure's deciles, then the gradient lines, provenance and the disclosure rule. */
export function resultsCsv(result: GradientResult, provenance: string): string {
  const rows = result.measures.flatMap((m) =>
    m.deciles.map((d, i) => [
      MEASURE_LABELS[m.measure],
      d.decile,
      d.neighbourhoods,
      d.counted,
      Math.round(d.children),
      d.status === 'shown' ? round1(d.count) : null,
      d.status,
      round1(d.rate),
      round1(d.lower),
      round1(d.upper),
      m.cwip ? (m.cwip.rates[i] ?? null) : null,
    ]),
  )
  const summaries = result.measures.flatMap((m) => {
    const label = MEASURE_LABELS[m.measure]
    const lines = [
      m.gradient
        ? `${label}: gradient ${m.gradient.multiplier.toFixed(3)} per decile step towards more deprivation (95% CI ${m.gradient.lower.toFixed(3)} to ${m.gradient.upper.toFixed(3)}), Poisson regression with log children as offset, deciles ${m.gradient.deciles.join(' ')}`
        : `${label}: gradient cannot be estimated`,
      m.fifthRatio
        ? `${label}: most deprived fifth (deciles ${m.fifthRatio.mostDeprived.join(' ')}) / least deprived fifth (deciles ${m.fifthRatio.leastDeprived.join(' ')}) = ${m.fifthRatio.ratio.toFixed(2)}`
        : `${label}: fifth ratio cannot be computed`,
    ]
    if (m.cwip?.gradient)
      lines.push(
        `${label}: CWIP England 2015 gradient, refitted the same way, ${m.cwip.gradient.multiplier.toFixed(3)}`,
      )
    return [...lines, ...m.notes.map((n) => `${label}: ${n}`)]
  })
  return buildCsv(
    [
      'measure',
      'decile (1 = most deprived)',
      'neighbourhoods',
      'neighbourhoods with a count',
      'children aged 0-17 in them',
      'children counted',
      'disclosure status',
      'rate per 10,000',
      'lower 95% CI',
      'upper 95% CI',
      'CWIP England 2015 rate per 10,000',
    ],
    rows,
    [
      `${result.areaName} (${result.areaCode}): rates by national deprivation decile from "${result.fileName}"`,
      provenance,
      DISCLOSURE_RULE,
      ...summaries,
      ...result.notes,
    ],
  )
}
