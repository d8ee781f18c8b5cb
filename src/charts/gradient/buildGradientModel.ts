import { median } from '../../stats/groupSummary'

export interface GradientInput {
  areaCode: string
  label: string
  /** Deprivation score (higher = more deprived). */
  deprivation: number | null
  value: number | null
}

export interface GradientGroup {
  /** 1 = the tenth of authorities with the highest deprivation scores, 10 = the lowest. */
  decile: number
  /** Mean of the authorities' values (each authority counts once, whatever its size); null if none had one. */
  mean: number | null
  median: number | null
  withData: number
  members: number
  scoreRange: [number, number]
  areaCodes: string[]
}

export interface GradientModel {
  groups: GradientGroup[]
  /** The decile of the selected authority, if it has a score. */
  selectedDecile: number | null
  selectedValue: number | null
  extent: [number, number] | null
}

/**
 * The social gradient: authorities split into ten equal-sized groups by deprivation score (most deprived first; sizes
 * differ by at most one when n is not a multiple of ten; fewer groups when there are fewer than ten authorities), and the mean value of each group.
 */
export function buildGradientModel(inputs: readonly GradientInput[], selectedCode: string | null): GradientModel {
  const scored = inputs
    .filter((i): i is GradientInput & { deprivation: number } => i.deprivation !== null)
    .sort((a, b) => b.deprivation - a.deprivation || a.areaCode.localeCompare(b.areaCode))
  const n = scored.length
  const groups: GradientGroup[] = []
  const groupCount = Math.min(10, n)
  for (let d = 1; d <= groupCount; d++) {
    const start = Math.floor(((d - 1) * n) / groupCount)
    const end = Math.floor((d * n) / groupCount)
    const members = scored.slice(start, end)
    const values = members.map((m) => m.value).filter((v): v is number => v !== null)
    groups.push({
      decile: d,
      mean: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null,
      median: median(values),
      withData: values.length,
      members: members.length,
      scoreRange: [members.at(-1)?.deprivation ?? 0, members[0]?.deprivation ?? 0],
      areaCodes: members.map((m) => m.areaCode),
    })
  }
  const selectedDecile = groups.find((g) => selectedCode !== null && g.areaCodes.includes(selectedCode))?.decile ?? null
  const selectedValue = inputs.find((i) => i.areaCode === selectedCode)?.value ?? null
  const values = [
    ...groups.flatMap((g) => (g.mean === null ? [] : [g.mean])),
    ...(selectedValue === null ? [] : [selectedValue]),
  ]
  return {
    groups,
    selectedDecile,
    selectedValue,
    extent: values.length ? [Math.min(0, ...values), Math.max(0, ...values)] : null,
  }
}
