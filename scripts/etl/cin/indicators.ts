import type { Indicator } from '../../../src/schema/indicators'

const SOURCES = ['lait', 'cin-ees-2025', 'cin-ees-2022', 'cin-pre-2013', 'population-0-17']
const COUNT_SOURCES = ['cin-ees-2025', 'cin-ees-2022', 'cin-pre-2013']

const COMPUTED =
  'count / ONS 0-17 mid-year estimate for mid-(N-1) (the series DfE used for that year) × 10,000, rounded to 1 decimal place, which is DfE’s method'

const RATE_CAVEAT =
  'DfE revised its rates when ONS rebased the population estimates after Census 2021: LAIT (April 2026) gives rates for 2016-2025 that can differ from those first published (e.g. Barnsley’s 2021 child protection rate, 48.4 in the 2022 release, is 50.0 in LAIT); the most recent publication is shown.'

const COMPUTED_2010_CAVEAT =
  'Computed 2010 rates divide by DfE’s mid-2009 populations, which the 2009-10 file gives rounded to the nearest 100: recomputing the published 2010 children in need rates this way reproduces 36 of 145 authorities exactly, the rest differ slightly (most by a few tenths; far more for City of London and the Isles of Scilly). The 2011 method reproduces every published 2011 children in need and referrals rate.'

const DORSET_2016_2019_CAVEAT =
  'LAIT has no figures for Bournemouth, Poole and the former Dorset county council (2016-2019, before they became Bournemouth, Christchurch and Poole and Dorset): their rates for those years are the EES 2022 release’s, on the ONS populations before the Census 2021 rebasing, so they were not revised as other authorities’ were.'

const inNeed = { topic: 'children-in-need', polarity: 'higher-is-more-intervention' } as const
const protection = { topic: 'child-protection', polarity: 'higher-is-more-intervention' } as const

/** Catalogue entries for every indicator this source produces. */
export const CIN_INDICATORS: Indicator[] = [
  {
    ...inNeed,
    id: 'cin_rate',
    label: 'Children in need at 31 March per 10,000 children',
    shortLabel: 'Children in need rate',
    unit: 'rate per 10,000',
    decimals: 1,
    yearType: '31 March',
    source: SOURCES,
    definition:
      'Episodes of need open at 31 March (children assessed as in need of children’s social care services) per 10,000 children aged 0-17.',
    method: `As published (DfE CIN underlying data 2010-2012, EES 2022 release 2013-2015, LAIT 2016-2025). Where no rate was published but a count was: ${COMPUTED}.`,
    caveats: `${RATE_CAVEAT} ${DORSET_2016_2019_CAVEAT} Hackney’s 2021 and 2022 data are not available (x).`,
  },
  {
    ...inNeed,
    id: 'cin_count',
    label: 'Children in need at 31 March',
    shortLabel: 'Children in need',
    unit: 'count',
    decimals: 0,
    yearType: '31 March',
    source: COUNT_SOURCES,
    definition: 'Number of episodes of need open at 31 March.',
    caveats:
      'National figures for 2010 and 2011 are rounded to the nearest 100 as published. Hackney’s 2021 and 2022 data are not available (x).',
  },
  {
    ...inNeed,
    id: 'cin_starts_rate',
    label: 'Episodes of need starting during the year per 10,000 children',
    shortLabel: 'Children in need starts rate',
    unit: 'rate per 10,000',
    decimals: 1,
    yearType: '31 March',
    source: ['cin-ees-2025', 'cin-ees-2022', 'cin-pre-2013', 'population-0-17'],
    definition: 'Episodes of need that started during the year ending 31 March, per 10,000 children aged 0-17.',
    method: `As published for 2012-2022; for 2010, 2011 and 2023-2025 (no published rate in the bundle): ${COMPUTED}.`,
    caveats: `Counts episodes, not children: a child with two episodes in the year counts twice. ${COMPUTED_2010_CAVEAT}`,
  },
  {
    ...inNeed,
    id: 'cin_starts_count',
    label: 'Episodes of need starting during the year',
    shortLabel: 'Children in need starts',
    unit: 'count',
    decimals: 0,
    yearType: '31 March',
    source: COUNT_SOURCES,
    definition: 'Number of episodes of need that started during the year ending 31 March.',
  },
  {
    ...protection,
    id: 'cpp_rate',
    label: 'Children on a child protection plan at 31 March per 10,000 children',
    shortLabel: 'Child protection plan rate',
    unit: 'rate per 10,000',
    decimals: 1,
    yearType: '31 March',
    source: SOURCES,
    definition: 'Children who were the subject of a child protection plan at 31 March per 10,000 children aged 0-17.',
    method: `As published (DfE CIN underlying data 2010-2012, EES 2022 release 2013-2015, LAIT 2016-2025). Where no rate was published but a count was: ${COMPUTED}.`,
    caveats: `${RATE_CAVEAT} ${DORSET_2016_2019_CAVEAT} City of London and Isles of Scilly are mostly suppressed (c).`,
  },
  {
    ...protection,
    id: 'cpp_count',
    label: 'Children on a child protection plan at 31 March',
    shortLabel: 'Child protection plans',
    unit: 'count',
    decimals: 0,
    yearType: '31 March',
    source: COUNT_SOURCES,
    definition: 'Number of children who were the subject of a child protection plan at 31 March.',
    caveats: 'The 2025 release revised West Sussex 2013 (379; 424 in the 2022 release).',
  },
  {
    ...protection,
    id: 'cpp_starts_rate',
    label: 'Child protection plans starting during the year per 10,000 children',
    shortLabel: 'Child protection plan starts rate',
    unit: 'rate per 10,000',
    decimals: 1,
    yearType: '31 March',
    source: SOURCES,
    definition:
      'Children who became the subject of a child protection plan during the year ending 31 March, per 10,000 children aged 0-17.',
    method: `As published for 2012-2025 (LAIT measure CPP_Abuse_Rate for 2016-2025); for 2010 and 2011 (no published rate): ${COMPUTED}.`,
    caveats: `${RATE_CAVEAT} ${DORSET_2016_2019_CAVEAT} ${COMPUTED_2010_CAVEAT}`,
  },
  {
    ...protection,
    id: 'cpp_starts_count',
    label: 'Child protection plans starting during the year',
    shortLabel: 'Child protection plan starts',
    unit: 'count',
    decimals: 0,
    yearType: '31 March',
    source: COUNT_SOURCES,
    definition: 'Number of children who became the subject of a child protection plan during the year ending 31 March.',
  },
  {
    ...protection,
    id: 'referrals_rate',
    label: 'Referrals to children’s social care during the year per 10,000 children',
    shortLabel: 'Referrals rate',
    unit: 'rate per 10,000',
    decimals: 1,
    yearType: '31 March',
    source: SOURCES,
    definition:
      'Referrals to children’s social care during the year ending 31 March per 10,000 children aged 0-17 (LAIT measure “CPP_Total_Rateper10,000”, a referrals rate despite its name).',
    method: `As published (DfE CIN underlying data 2010-2012, EES 2022 release 2013-2015, LAIT 2016-2025). Where no rate was published but a count was: ${COMPUTED}.`,
    caveats: `${RATE_CAVEAT} ${DORSET_2016_2019_CAVEAT}`,
  },
  {
    ...protection,
    id: 'referrals_count',
    label: 'Referrals to children’s social care during the year',
    shortLabel: 'Referrals',
    unit: 'count',
    decimals: 0,
    yearType: '31 March',
    source: COUNT_SOURCES,
    definition: 'Number of referrals to children’s social care during the year ending 31 March.',
  },
  {
    ...protection,
    id: 's47_rate',
    label: 'Section 47 enquiries during the year per 10,000 children',
    shortLabel: 'Section 47 enquiries rate',
    unit: 'rate per 10,000',
    decimals: 1,
    yearType: '31 March',
    source: ['lait', 'cin-pre-2013', 'population-0-17'],
    definition:
      'Section 47 enquiries (child protection enquiries under the Children Act 1989) started during the year ending 31 March, per 10,000 children aged 0-17.',
    method: `As published for 2012 (CIN underlying data) and 2016-2025 (LAIT Section_47); for 2010 and 2011, from the published counts: ${COMPUTED}.`,
    caveats: `No figures for 2013-2015: no bundled file has them. ${RATE_CAVEAT} LAIT has no figures for Bournemouth, Poole and the former Dorset county council for 2016-2019 and no other bundled file has them, so those years are missing (-). ${COMPUTED_2010_CAVEAT}`,
  },
]
