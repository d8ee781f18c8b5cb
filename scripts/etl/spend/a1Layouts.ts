import type { SpendCategory } from './categories'

/** What one Table A1 line is, for summing categories. */
export type LineKind =
  | { kind: 'detail'; category: SpendCategory }
  /** A block total ("Total Children Looked After"): not summed; checked against its detail lines where it has a category. */
  | { kind: 'subtotal'; category?: SpendCategory }
  /** Children and young people's services total, excluding CERA: the published total. */
  | { kind: 'grandTotal' }
  | { kind: 'ignore'; reason: 'CERA' | 'total including CERA' | 'memo line' }

/** Where the columns of one year's Table A1 workbook are and how its lines are classified. */
export interface A1Layout {
  /** Year ending March (FY 2018-19 = 2019). */
  year: number
  /** Path inside the raw bundle. */
  path: string
  /** 1-based row of the column headers. */
  headerRow: number
  columns: { la: string; line: string; description: string; amount: string; reportGroup?: string }
  /**
   * Line number → kind, for the years without a ReportGroup column (FY 2009-10 to 2011-12). Years with ReportGroup are
   * classified from the description and the group instead (see classifyByReportGroup).
   */
  lines?: Readonly<Record<number, LineKind>>
  /** Publication order (YYYYMMDD, approximate where the day is not in the file: the 1st of the month). */
  release: number
}

const detail = (category: SpendCategory): LineKind => ({ kind: 'detail', category })
const SUBTOTAL: LineKind = { kind: 'subtotal' }
const GRAND_TOTAL: LineKind = { kind: 'grandTotal' }
const CERA: LineKind = { kind: 'ignore', reason: 'CERA' }
const INCLUDING_CERA: LineKind = { kind: 'ignore', reason: 'total including CERA' }
const MEMO: LineKind = { kind: 'ignore', reason: 'memo line' }

/** Builds a line map from [first, last, kind] ranges. */
function lineMap(ranges: readonly (readonly [number, number, LineKind])[]): Record<number, LineKind> {
  const map: Record<number, LineKind> = {}
  for (const [first, last, kind] of ranges) for (let line = first; line <= last; line++) map[line] = kind
  return map
}

// FY 2009-10: "Children's Services Strategy" (36-39, incl. commissioning and social work) and "Children and Young
// People's Safety" (18-21) together are what later years call safeguarding; Child Trust Fund top-ups (41) go to other
// children's and families services, as the CWIP App did. Substance misuse and teenage pregnancy (28, 30) were family
// support lines in this year. There is no Sure Start / early years line, and services for young people are in Table A
// (see parse2009.ts).
const LINES_2010 = lineMap([
  [1, 3, detail('youth_justice')],
  [4, 4, SUBTOTAL],
  [5, 16, detail('cla')],
  [17, 17, SUBTOTAL],
  [18, 21, detail('safeguarding')],
  [22, 22, SUBTOTAL],
  [23, 30, detail('family_support')],
  [31, 31, SUBTOTAL],
  [32, 34, detail('other_children_family')],
  [35, 35, SUBTOTAL],
  [36, 39, detail('safeguarding')],
  [40, 40, SUBTOTAL],
  [41, 41, detail('other_children_family')],
  [42, 42, CERA],
  [43, 43, INCLUDING_CERA],
  [44, 44, GRAND_TOTAL],
])

// FY 2010-11: as 2009-10, plus Sure Start (5-7) and services for young people (41-46, whose total line 47 is labelled
// "Unknown" in the file); safeguarding = Safety (20-22) + Strategy (35-37) + Commissioning and social work (39).
const LINES_2011 = lineMap([
  [1, 3, detail('youth_justice')],
  [4, 4, SUBTOTAL],
  [5, 7, detail('early_years')],
  [8, 8, SUBTOTAL],
  [9, 18, detail('cla')],
  [19, 19, SUBTOTAL],
  [20, 22, detail('safeguarding')],
  [23, 23, SUBTOTAL],
  [24, 29, detail('family_support')],
  [30, 30, SUBTOTAL],
  [31, 33, detail('other_children_family')],
  [34, 34, SUBTOTAL],
  [35, 37, detail('safeguarding')],
  [38, 38, SUBTOTAL],
  [39, 39, detail('safeguarding')],
  [40, 40, detail('other_children_family')],
  [41, 46, detail('young_people')],
  [47, 47, SUBTOTAL],
  [48, 48, CERA],
  [49, 49, INCLUDING_CERA],
  [50, 50, GRAND_TOTAL],
  [51, 52, MEMO],
])

// FY 2011-12: safeguarding = Safety/children's social care (13-15) + Children's Services Strategy (28). Lines 39-41
// (early intervention, Sure Start management costs, youth work) are memoranda, not in the total.
const LINES_2012 = lineMap([
  [1, 2, detail('early_years')],
  [3, 3, SUBTOTAL],
  [4, 11, detail('cla')],
  [12, 12, SUBTOTAL],
  [13, 15, detail('safeguarding')],
  [16, 16, SUBTOTAL],
  [17, 22, detail('family_support')],
  [23, 23, SUBTOTAL],
  [24, 26, detail('other_children_family')],
  [27, 27, SUBTOTAL],
  [28, 28, detail('safeguarding')],
  [29, 33, detail('young_people')],
  [34, 34, SUBTOTAL],
  [35, 35, detail('youth_justice')],
  [36, 36, CERA],
  [37, 37, INCLUDING_CERA],
  [38, 38, GRAND_TOTAL],
  [39, 41, MEMO],
])

const OLD_COLUMNS = { la: 'LEA', line: 'Line', description: 'S52 Line Reference', amount: 'Total Expenditure (k)' }
const GROUP_COLUMNS = {
  la: 'LA',
  line: 'OrderLine',
  description: 'Description',
  amount: 'TotalExpenditure',
  reportGroup: 'ReportGroup',
}

/** Table A1 workbooks, FY 2009-10 to 2018-19 (data/sources.json lists them by year). */
export const A1_LAYOUTS: readonly A1Layout[] = [
  {
    year: 2010,
    path: 's251/2009-10/outturn detailed report table a1 2009 10.xls',
    headerRow: 4,
    columns: OLD_COLUMNS,
    lines: LINES_2010,
    release: 20101213, // "as at 13th December 2010" (row 2)
  },
  {
    year: 2011,
    path: 's251/2010-11/s251ye2011.xls',
    headerRow: 4,
    columns: { ...OLD_COLUMNS, la: 'LA' },
    lines: LINES_2011,
    release: 20120109, // "as at 9th January 2012"
  },
  {
    year: 2012,
    path: 's251/2011-12/s251ye2012.xlsx',
    headerRow: 4,
    columns: { la: 'LA', line: 'LineNumber', description: 'CYPServiceDescription', amount: 'TotalExpenditure' },
    lines: LINES_2012,
    release: 20130118, // "as at 18th January 2013"
  },
  {
    year: 2013,
    path: 's251/2012-13/s251ye2013.xlsx',
    headerRow: 4,
    columns: { ...GROUP_COLUMNS, line: 'LineNumber', description: 'CYPServiceDescription' },
    release: 20131118, // "as at 18th November 2013"
  },
  {
    year: 2014,
    path: 's251/2013-14/s251ye2014.ods',
    headerRow: 1,
    columns: { ...GROUP_COLUMNS, line: 'LineNumber', description: 'CYPServiceDescription' },
    release: 20141113, // sheet name TA1AllData_13112014
  },
  // FY 2014-15 onwards: the workbooks do not say when; DfE published each year's outturn in the following winter.
  { year: 2015, path: 's251/2014-15/s251ye2015.xlsx', headerRow: 1, columns: GROUP_COLUMNS, release: 20151201 },
  { year: 2016, path: 's251/2015-16/s251ye2016.xlsx', headerRow: 1, columns: GROUP_COLUMNS, release: 20161201 },
  { year: 2017, path: 's251/2016-17/s251ye2017.xlsx', headerRow: 1, columns: GROUP_COLUMNS, release: 20171201 },
  { year: 2018, path: 's251/2017-18/S251ye2018.xlsx', headerRow: 1, columns: GROUP_COLUMNS, release: 20181201 },
  { year: 2019, path: 's251/2018-19/S251ye2019.xlsx', headerRow: 1, columns: GROUP_COLUMNS, release: 20191201 },
]
