import type { Indicator } from '../schema/indicators'

/** A reporting year as the publications write it: "31 March 2024", "2023-24", "IMD 2019". */
export function formatYear(year: number, yearType: Indicator['yearType']): string {
  switch (yearType) {
    case '31 March':
      return `31 March ${year}`
    case 'financial year':
      return `${year - 1}-${String(year % 100).padStart(2, '0')}`
    case 'edition':
      return `${year} edition`
  }
}
