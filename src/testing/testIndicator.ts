import type { Indicator } from '../schema/indicators'

/** A synthetic catalogue entry for unit tests: a whole-number rate labelled with its id. */
export const testIndicator = (id: string): Indicator => ({
  id,
  label: id,
  shortLabel: id,
  topic: 'looked-after',
  unit: 'rate per 10,000',
  decimals: 0,
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
  source: ['test'],
  definition: id,
})
