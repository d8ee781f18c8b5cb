import type { CwipGradientFile } from '../schema/lsoaPopulation'

/** The fixed seed: the same authority always gets the same synthetic file. */
export const SYNTHETIC_SEED = 20150331

export const SYNTHETIC_LABEL = 'synthetic example — not real data'

/** mulberry32: a small, well-mixed 32-bit generator; deterministic for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A Poisson draw by Knuth's product of uniforms (neighbourhood means are small, well under 30). */
export function poissonDraw(mean: number, random: () => number): number {
  const limit = Math.exp(-mean)
  let k = 0
  let p = random()
  while (p > limit) {
    k++
    p *= random()
  }
  return k
}

/**
 * A made-up file of counts for one authority's 2011 LSOAs: for each neighbourhood, children on a plan and looked
 * after drawn from a Poisson distribution whose mean is the neighbourhood's children aged 0-17 times CWIP's England
 * 2015 rate for its decile. CWIP has no children-in-need rates, so there is no cin column.
 */
export function syntheticCsv(
  neighbourhoods: { codes: readonly string[]; children0to17: readonly number[]; deciles: readonly number[] },
  cwip: CwipGradientFile,
  seed = SYNTHETIC_SEED,
): string {
  const random = seededRandom(seed)
  const rateOf = new Map(cwip.deciles.map((d) => [d.decile, d]))
  const lines = ['lsoa_code,cpp,cla']
  neighbourhoods.codes.forEach((code, i) => {
    const children = neighbourhoods.children0to17[i] ?? 0
    const rates = rateOf.get(neighbourhoods.deciles[i] ?? 0)
    const cpp = rates ? poissonDraw((children * rates.cpp) / 10_000, random) : 0
    const cla = rates ? poissonDraw((children * rates.cla) / 10_000, random) : 0
    lines.push(`${code},${cpp},${cla}`)
  })
  return `${lines.join('\n')}\n`
}
