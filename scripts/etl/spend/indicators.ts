import type { Indicator } from '../../../src/schema/indicators'
import { fyLabel } from '../deflators/run'
import {
  cashIndicatorId,
  PART_NAMES,
  PER_CHILD_PARTS,
  perChildIndicatorId,
  SPEND_CATEGORIES,
  type SpendPart,
} from './categories'

const SHORT: Record<SpendPart, string> = {
  cyp: 'CYP services',
  cla: 'Looked after',
  safeguarding: 'Safeguarding',
  family_support: 'Family support',
  early_years: 'Sure Start / early years',
  young_people: 'Young people',
  youth_justice: 'Youth justice',
  other_children_family: 'Other children & families',
}

const CASH_SOURCES = ['lait', 's251-highlights', 's251-a1']

const COMMON_CAVEATS =
  'Category definitions changed over the years: adoption and special guardianship were "other children\'s and families services" until FY 2011-12 and children looked after from FY 2012-13; substance misuse and teenage pregnancy were family support in FY 2009-10 and services for young people later; "Sure Start children\'s centres and early years" became "… and other spend on children under 5" in FY 2017-18. Former authorities (Dorset county, Bournemouth, Poole to FY 2018-19; Northamptonshire to FY 2020-21; Cumbria to FY 2022-23) keep their own series.'

/**
 * FY 2009-10's published total lacks the Sure Start / early years and services for young people lines (reported
 * elsewhere that year), so the total, the per-child total and the looked-after share jump at FY 2010-11: the year is
 * kept, and the line is broken and labelled, rather than left out.
 */
const FY2010_BREAK = {
  year: 2011,
  note: 'FY 2009-10 is not comparable with later years: its total leaves out Sure Start / early years and services for young people (reported elsewhere that year), so it is lower (England £6.56bn against £9.24bn in FY 2010-11) and the looked-after share higher.',
}

const SOURCE_METHOD =
  "Gross expenditure (S251 outturn, cash £). FY 2016-17 to 2024-25 as published in DfE's LAIT compilation (the most recent publication, which wins where sources overlap). Earlier years from the S251 Table A1 line-level workbooks (FY 2009-10 to 2018-19): each authority's category is the sum of its Table A1 lines in that category (by ReportGroup from FY 2012-13; by line number before), excluding block totals, CERA and memorandum lines; the sums reproduce the files' own block totals and grand totals to the pound. FY 2009-10 and 2010-11 safeguarding = \"Children and young people's safety\" + \"Children's services strategy\" (incl. commissioning and social work); Child Trust Fund top-ups are counted in other children's and families services. England for FY 2009-10 to 2015-16 (categories) and FY 2009-10 to 2013-14 (total) is the sum of the 152 authorities in the workbooks (they have no England line); later England figures are DfE's published ones. DfE's published England totals for FY 2017-18 (LAIT and the highlights summary) are £60,000,000 more than the sum of the authorities, in children looked after: the highlights summary has Newcastle upon Tyne at £121.8m that year, its Table A1 lines and LAIT at £61.8m; England is shown as published."

const MISSING_RETURN_CAVEAT =
  " Stockton-on-Tees made no return for FY 2009-10 (every Table A1 line is 0): its figures are not available (x), and England's FY 2009-10 figures, the sum of the other 151 authorities, are marked incomplete."

function cashIndicator(part: SpendPart): Indicator {
  const isTotal = part === 'cyp'
  const caveats2010 =
    part === 'early_years'
      ? ' FY 2009-10 is a gap (flag x): the 2009-10 S251 tables have no Sure Start / early years line (the CWIP App took it from an MHCLG Revenue Outturn grant line, not bundled).'
      : part === 'young_people'
        ? ' FY 2009-10 comes from Table A (lines 96-99: Positive Actions, Youth Work, Connexions, Student Support, "TOTAL EXPENDITURE (k)"); five authorities (Brent, Newham, Oldham, Stockton-on-Tees, Blackburn with Darwen) left the gross column blank on some of these lines, so their value and England\'s are missing (flag -).'
        : isTotal
          ? ' The FY 2009-10 total is the published Table A1 total, which did not include Sure Start / early years or services for young people (those were reported elsewhere), so it is not comparable with later years.'
          : ''
  return {
    id: cashIndicatorId(part),
    label: isTotal
      ? "Children and young people's services: gross expenditure (S251 outturn), cash"
      : `Gross expenditure on ${PART_NAMES[part]} (S251 outturn), cash`,
    shortLabel: `${SHORT[part]} spend (cash £)`,
    topic: 'spending',
    unit: '£',
    decimals: 0,
    polarity: 'neutral',
    yearType: 'financial year',
    source: isTotal ? CASH_SOURCES : ['lait', 's251-a1'],
    definition: isTotal
      ? "Local authority gross expenditure on children's and young people's services (Section 251 outturn, excluding capital expenditure from revenue), in cash pounds of each financial year."
      : `Local authority gross expenditure on ${PART_NAMES[part]} (a Section 251 children's and young people's services category), in cash pounds of each financial year.`,
    method: isTotal
      ? `${SOURCE_METHOD} FY 2014-15 to 2019-20 totals are also in DfE's highlights summary (£ million, 6 significant figures); where it agrees with Table A1 within its rounding the unrounded A1 figure is kept, and its England totals are used as published.`
      : SOURCE_METHOD,
    caveats: `${COMMON_CAVEATS}${caveats2010}${MISSING_RETURN_CAVEAT}`,
    ...(isTotal ? { breaks: [FY2010_BREAK] } : {}),
  }
}

function perChildIndicator(part: SpendPart, baseYear: number): Indicator {
  const prices = `${fyLabel(baseYear)} prices`
  return {
    id: perChildIndicatorId(part),
    label: `${part === 'cyp' ? "Children and young people's services" : PART_NAMES[part].charAt(0).toUpperCase() + PART_NAMES[part].slice(1)} spend per child 0-17, £ per child, ${prices} (GDP deflator)`,
    shortLabel: `${SHORT[part]} £ per child (${prices})`,
    topic: 'spending',
    unit: '£',
    decimals: 0,
    polarity: 'neutral',
    yearType: 'financial year',
    source: [
      ...(part === 'cyp' ? CASH_SOURCES : ['lait', 's251-a1']),
      'population-0-17',
      'cin-pre-2013',
      'ons-gdp-deflator',
    ],
    definition: `Gross expenditure on ${PART_NAMES[part]} per child aged 0-17, in real terms at ${prices}.`,
    method: `Computed: cash gross expenditure (${cashIndicatorId(part)}) ÷ the ONS 0-17 population estimate for the middle of the financial year's first calendar year (mid-(N-1) for the year ending March N, the denominator DfE uses for that reporting year) × (GDP deflator index of FY ${fyLabel(baseYear)} ÷ index of the year). The deflator is ONS YBGB as financial-year means of quarters (Q2 to Q1), base FY ${fyLabel(baseYear)} = 100; it is never extrapolated: a year it does not reach is left blank (flag x). Rounded to whole pounds. England is England's cash ÷ England's 0-17 population.`,
    caveats: `${COMMON_CAVEATS} Regions have no 0-17 population before reporting year 2013, so their per-child figures start in FY 2012-13; the former Dorset county, Bournemouth and Poole have no 0-17 estimate in the series DfE uses for FY 2018-19 (the rebased ONS series has them as x), so that year divides by their pre-Census-2021 mid-2018 estimate instead (see child_population), which is not on quite the same basis as other authorities' FY 2018-19 figures. The SPPI services index (the CWIP App's deflator) is offered as an alternative in deflators.json; it stops in FY 2021-22.${MISSING_RETURN_CAVEAT}`,
    ...(part === 'cyp' ? { breaks: [FY2010_BREAK] } : {}),
  }
}

const CLA_SHARE: Indicator = {
  id: 'spend_cla_share',
  label: "Children looked after spend as a share of children and young people's services spend",
  shortLabel: 'Looked after % of CYP spend',
  topic: 'spending',
  unit: '%',
  decimals: 1,
  polarity: 'neutral',
  yearType: 'financial year',
  source: CASH_SOURCES,
  definition:
    "Gross expenditure on children looked after as a percentage of gross expenditure on children's and young people's services (S251 outturn), same financial year.",
  method: `Computed: spend_cla_total ÷ spend_cyp_total × 100, from the figures of the most recent publication for each area and year, rounded to 1 decimal place. ${SOURCE_METHOD}`,
  caveats: `${COMMON_CAVEATS} FY 2009-10's total excludes early years and services for young people, which raises the share in that year.${MISSING_RETURN_CAVEAT}`,
  breaks: [FY2010_BREAK],
}

/** Catalogue entries of every spend indicator; per-child labels name the deflator's base year. */
export function buildSpendIndicators(baseYear: number): Indicator[] {
  return [
    ...(['cyp', ...SPEND_CATEGORIES] as const).map(cashIndicator),
    ...PER_CHILD_PARTS.map((part) => perChildIndicator(part, baseYear)),
    CLA_SHARE,
  ]
}
