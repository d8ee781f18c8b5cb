import type { YEAR_TYPES } from './indicators'

export type YearType = (typeof YEAR_TYPES)[number]

/** A span of days, both ends included, as ISO dates ("2019-09-30"), which compare correctly as strings. */
export interface DatePeriod {
  start: string
  end: string
}

const day = (year: number, monthDay: string) => `${String(year).padStart(4, '0')}-${monthDay}`
const at = (date: string): DatePeriod => ({ start: date, end: date })

/**
 * The day or days by which a figure of `year` (as the series keys it) belongs to an authority under a year type: the
 * authority must have existed on that day, or throughout those days.
 * - `31 March` and `30 September`: that day of `year` (the social work workforce at 30 September 2019 is Bournemouth,
 *   Christchurch and Poole's, created on 1 April 2019);
 * - `financial year`: 1 April of `year - 1` to 31 March of `year`, the reporting year;
 * - `academic year` (2025 = 2024/25): 31 March of `year`. DfE's outcomes of children in need and looked after link a
 *   school year to the children's census at 31 March within it, and LAIT gives 2018/19 to Bournemouth, Poole and the
 *   Dorset county council (abolished that 31 March), so the whole school year would belong to no authority;
 * - `calendar year`: 1 January of `year`, the authorities in place when it starts (LAIT gives first-time entrants in
 *   2019 to the Dorset county council and in 2023 to Cumbria);
 * - `January census`: the school census day in January of `year` (the day varies; every January day falls on the
 *   same side of a 1 April reorganisation, so the 15th stands for it);
 * - `three-year period`: the three years to 31 March of `year` (2016 = 2013-14 to 2015-16, shown as "2014-16");
 * - `edition` (IMD): 31 March of the edition year, the reporting year it is shown against.
 */
export function periodOf(yearType: YearType, year: number): DatePeriod {
  switch (yearType) {
    case '31 March':
    case 'academic year':
    case 'edition':
      return at(day(year, '03-31'))
    case '30 September':
      return at(day(year, '09-30'))
    case 'January census':
      return at(day(year, '01-15'))
    case 'financial year':
      return { start: day(year - 1, '04-01'), end: day(year, '03-31') }
    case 'calendar year':
      return at(day(year, '01-01'))
    case 'three-year period':
      return { start: day(year - 3, '04-01'), end: day(year, '03-31') }
  }
}

/** An authority's lifetime as areas.json gives it: the first and last reporting years (years ending 31 March). */
export interface ReportingLifetime {
  firstYear?: number | undefined
  lastYear?: number | undefined
}

/**
 * The days an authority existed: reorganisations take effect on 1 April, so from 1 April before its first reporting
 * year (BCP, first year 2020: 1 April 2019) to 31 March of its last (Bournemouth, last year 2019: 31 March 2019).
 */
export function lifetimeDates({ firstYear, lastYear }: ReportingLifetime): DatePeriod {
  return {
    start: firstYear === undefined ? '0000-01-01' : day(firstYear - 1, '04-01'),
    end: lastYear === undefined ? '9999-12-31' : day(lastYear, '03-31'),
  }
}

/**
 * Whether a figure of `year` under a year type belongs to an authority by its lifetime (`periodOf`): it existed on the
 * day (BCP, created 1 April 2019, at 30 September 2019: yes; at 31 March 2019: no), or throughout the span (BCP in
 * the financial year 2018-19: no). Nothing is shown for a year an authority did not exist.
 */
export function existedThroughout(lifetime: ReportingLifetime, yearType: YearType, year: number): boolean {
  const period = periodOf(yearType, year)
  const life = lifetimeDates(lifetime)
  return life.start <= period.start && period.end <= life.end
}
