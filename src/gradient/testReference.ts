import type { GradientReference } from './types'

/**
 * A made-up authority for the unit tests: "Testshire" (E06000099) with twelve 2011 LSOAs, E01000001-E01000012, two
 * per decile in deciles 1-5 and one each in deciles 6 and 7, 1,000 children each; a neighbour (E06000098) owns
 * E01000013-E01000015. 2021: E01000001-E01000011 unchanged, E01000012 split into E01035001 and E01035002.
 */
export function testReference(overrides: Partial<GradientReference> = {}): GradientReference {
  const codes = Array.from({ length: 12 }, (_, i) => `E01${String(i + 1).padStart(6, '0')}`)
  const codes21 = [...codes.slice(0, 11), 'E01035001', 'E01035002']
  return {
    areaCode: 'E06000099',
    areaName: 'Testshire',
    areaNames: { E06000099: 'Testshire', E06000098: 'Nextshire' },
    index: {
      areas: ['E06000098', 'E06000099'],
      lsoa11: [
        [1, 12, 1],
        [13, 3, 0],
      ],
      lsoa21: [
        [1, 11, 1],
        [13, 3, 0],
        [35001, 2, 1],
      ],
    },
    lsoa11: {
      codes,
      children0to17: codes.map(() => 1000),
      deciles: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7],
    },
    lsoa21: {
      codes: codes21,
      children0to15: codes21.map((c) => (c.startsWith('E0103500') ? 400 : 800)),
      deciles: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 8, 9],
    },
    ratio16to17: 0.25,
    lsoa11to21: [
      ...codes.slice(0, 11).map((c, i): [number, string, number] => [i, c, 1]),
      [11, 'E01035001', 0.5],
      [11, 'E01035002', 0.5],
    ],
    cwip: {
      source: 'test',
      year: 2015,
      deciles: Array.from({ length: 10 }, (_, i) => ({ decile: i + 1, cpp: 100 - 10 * i, cla: 120 - 10 * i })),
      publishedRange: [1.55, 1.75],
    },
    ...overrides,
  }
}
