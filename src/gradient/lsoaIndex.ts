import type { LsoaIndexFile } from '../schema/lsoaPopulation'

export type LsoaVintage = 2011 | 2021

const LSOA_CODE = /^E01\d{6}$/

/** Which authority an English LSOA code lies in, per vintage; undefined for a code that is not an LSOA of that year. */
export function makeLsoaLocator(index: LsoaIndexFile): (code: string, vintage: LsoaVintage) => string | undefined {
  const find = (runs: LsoaIndexFile['lsoa11'], n: number): number | undefined => {
    let low = 0
    let high = runs.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const [start, length, area] = runs[mid] ?? [0, 0, 0]
      if (n < start) high = mid - 1
      else if (n >= start + length) low = mid + 1
      else return area
    }
    return undefined
  }
  return (code, vintage) => {
    if (!LSOA_CODE.test(code)) return undefined
    const area = find(vintage === 2011 ? index.lsoa11 : index.lsoa21, Number(code.slice(3)))
    return area === undefined ? undefined : index.areas[area]
  }
}
