import type { LsoaIndexFile, LsoaPopulationFile } from '../../../src/schema/lsoaPopulation'
import { SourceError } from '../../lib/sourceError'
import type { Lsoa11Children, LsoaLookupRow } from './parse'

export interface LsoaPopulationInputs {
  lookup: readonly LsoaLookupRow[]
  /** 2022 district → current authority code. */
  ladToArea: ReadonlyMap<string, string>
  lsoa11Children: ReadonlyMap<string, Lsoa11Children>
  census21Children: ReadonlyMap<string, number>
  /** 2011 LSOA → authority, where the 2011 neighbourhood maps (2013 district boundaries) differ from the lookup's. */
  lsoa11Overrides: Readonly<Record<string, string>>
  files: { lookup: string; lsoa11: string; census21: string }
}

export interface LsoaPopulationOutput {
  byArea: LsoaPopulationFile[]
  index: LsoaIndexFile
}

const codeNumber = (code: string) => Number(code.slice(3))
const byCode = (a: string, b: string) => codeNumber(a) - codeNumber(b)
/** Shares are stored to 6 decimals: enough for any count a council holds, and the file stays small. */
const roundShare = (x: number) => Math.round(x * 1e6) / 1e6

/** Consecutive code numbers in the same authority, as [first number, how many, authority index]. */
export function codeRuns(
  codeToArea: ReadonlyMap<string, string>,
  areas: readonly string[],
): Array<[number, number, number]> {
  const areaIndex = new Map(areas.map((code, i) => [code, i]))
  const runs: Array<[number, number, number]> = []
  for (const code of [...codeToArea.keys()].sort(byCode)) {
    const n = codeNumber(code)
    const area = areaIndex.get(codeToArea.get(code) ?? '') ?? -1
    const last = runs[runs.length - 1]
    if (last && last[2] === area && last[0] + last[1] === n) last[1]++
    else runs.push([n, 1, area])
  }
  return runs
}

/**
 * Shares of each 2011 LSOA's children among its 2021 LSOAs: 1 where it maps to a single 2021 LSOA (unchanged, or
 * merged with others), otherwise in proportion to the Census 2021 population aged 0-15 of the 2021 pieces (equal
 * shares if every piece has none).
 */
export function apportionShares(
  lookup: readonly LsoaLookupRow[],
  census21Children: ReadonlyMap<string, number>,
): Map<string, Array<{ lsoa21: string; share: number }>> {
  const targets = new Map<string, string[]>()
  for (const row of lookup) targets.set(row.lsoa11, [...(targets.get(row.lsoa11) ?? []), row.lsoa21])
  const out = new Map<string, Array<{ lsoa21: string; share: number }>>()
  for (const [lsoa11, pieces] of targets) {
    const sorted = [...pieces].sort(byCode)
    const weights = sorted.map((code) => census21Children.get(code) ?? 0)
    const total = weights.reduce((a, b) => a + b, 0)
    out.set(
      lsoa11,
      sorted.map((lsoa21, i) => ({
        lsoa21,
        share: roundShare(total > 0 ? (weights[i] ?? 0) / total : 1 / sorted.length),
      })),
    )
  }
  return out
}

function membersByArea(codeToArea: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [code, area] of codeToArea) {
    const list = out.get(area)
    if (list) list.push(code)
    else out.set(area, [code])
  }
  return out
}

/** Groups the LSOAs of both vintages by current authority and shapes lsoa-population/<code>.json and index.json. */
export function buildLsoaPopulation({
  lookup,
  ladToArea,
  lsoa11Children,
  census21Children,
  lsoa11Overrides,
  files,
}: LsoaPopulationInputs): LsoaPopulationOutput {
  const lsoa11Area = new Map<string, string>()
  const lsoa21Area = new Map<string, string>()
  for (const row of lookup) {
    const area = ladToArea.get(row.ladCode)
    if (!area)
      throw new SourceError(
        { file: files.lookup, row: row.line, column: 'ltla22_code' },
        `district ${row.ladCode} is not in any current authority`,
      )
    lsoa21Area.set(row.lsoa21, area)
    // A 2011 LSOA whose 2021 pieces fall in different authorities (one, E01008187) belongs to the override's or the
    // first piece's authority; its share in the other authority stays in the moves, pointing outside.
    if (!lsoa11Area.has(row.lsoa11)) lsoa11Area.set(row.lsoa11, lsoa11Overrides[row.lsoa11] ?? area)
  }
  for (const code of lsoa11Children.keys())
    if (!lsoa11Area.has(code))
      throw new SourceError({ file: files.lookup, column: 'lsoa11_code' }, `2011 LSOA ${code} is not in the lookup`)
  for (const code of lsoa11Area.keys())
    if (!lsoa11Children.has(code))
      throw new SourceError({ file: files.lsoa11, column: 'lsoa11_code' }, `2011 LSOA ${code} has no population`)
  for (const code of lsoa21Area.keys())
    if (!census21Children.has(code))
      throw new SourceError({ file: files.census21, column: 'lsoa21_code' }, `2021 LSOA ${code} has no population`)

  const shares = apportionShares(lookup, census21Children)
  const areas = [...new Set([...lsoa11Area.values(), ...lsoa21Area.values()])].sort()
  const members11 = membersByArea(lsoa11Area)
  const members21 = membersByArea(lsoa21Area)
  const byArea = areas.map((areaCode): LsoaPopulationFile => {
    const codes11 = (members11.get(areaCode) ?? []).sort(byCode)
    const codes21 = (members21.get(areaCode) ?? []).sort(byCode)
    const people = codes11.map((c) => lsoa11Children.get(c) ?? { children0to15: 0, children16to17: 0 })
    const young = people.reduce((s, p) => s + p.children0to15, 0)
    const older = people.reduce((s, p) => s + p.children16to17, 0)
    return {
      areaCode,
      lsoa11: {
        midYear: 2020,
        codes: codes11,
        children0to17: people.map((p) => p.children0to15 + p.children16to17),
      },
      lsoa21: { codes: codes21, children0to15: codes21.map((c) => census21Children.get(c) ?? 0) },
      ratio16to17: young > 0 ? Math.round((older / young) * 1e6) / 1e6 : 0,
      lsoa11to21: codes11.flatMap((code, i) =>
        (shares.get(code) ?? []).map(({ lsoa21, share }): [number, string, number] => [i, lsoa21, share]),
      ),
    }
  })
  return {
    byArea,
    index: { areas, lsoa11: codeRuns(lsoa11Area, areas), lsoa21: codeRuns(lsoa21Area, areas) },
  }
}
