import { LSOA21_COUNT, LSOA_DOMAINS, type LsoaDomain } from '../../../src/schema/geo'
import type { NeighbourhoodVariable } from '../../../src/schema/neighbourhoodVariables'
import { NEIGHBOURHOOD_FILES as FILES } from './files'
import { RUC21_CLASSES } from './parseColumns'

/** Where a variable's values come from: which parsed table and column, or how they are derived. */
export type ValueSource =
  | { from: 'iod2025'; measure: LsoaDomain | 'idaci'; field: 'score' | 'rank' | 'decile' }
  | { from: 'subdomains2025' | 'indicators2025' | 'census2021'; column: string }
  | { from: 'domains2019' | 'subdomains2019'; column: string }
  | { from: 'childShare' | 'rural' | 'ruralUrbanClass' }

export interface VariableSpec {
  variable: NeighbourhoodVariable
  value: ValueSource
}

const MHCLG = 'Ministry of Housing, Communities and Local Government'
const ONS = 'Office for National Statistics'
const LSOA19_COUNT = 32_844
const IOD2025 = 'English Indices of Deprivation 2025'
const IOD2019 = 'English Indices of Deprivation 2019'

const DOMAINS: Record<LsoaDomain, { label: string; short: string; definition: string }> = {
  imd: {
    label: 'Index of Multiple Deprivation',
    short: 'IMD',
    definition:
      'The overall Index of Multiple Deprivation: the seven domains of deprivation combined with weights into one measure of relative deprivation.',
  },
  income: {
    label: 'Income',
    short: 'Income',
    definition:
      'The Income Deprivation Domain: the proportion of residents experiencing deprivation relating to low income (out of work, or in work on a low income).',
  },
  employment: {
    label: 'Employment',
    short: 'Employment',
    definition:
      'The Employment Deprivation Domain: the proportion of working-age residents involuntarily excluded from the labour market (unemployment, sickness or disability, caring).',
  },
  education: {
    label: 'Education, skills and training',
    short: 'Education',
    definition:
      'The Education, Skills and Training Deprivation Domain: the lack of attainment and skills among children and young people and among adults.',
  },
  health: {
    label: 'Health deprivation and disability',
    short: 'Health',
    definition:
      'The Health Deprivation and Disability Domain: the risk of premature death and of a quality of life impaired by poor physical or mental health.',
  },
  crime: {
    label: 'Crime',
    short: 'Crime',
    definition: 'The Crime Domain: the risk of personal and material victimisation where people live.',
  },
  housing_and_access: {
    label: 'Barriers to housing and services',
    short: 'Housing and services',
    definition:
      'The Barriers to Housing and Services Domain: the physical and financial accessibility of housing and of local services.',
  },
  environment: {
    label: 'Living environment',
    short: 'Living environment',
    definition:
      'The Living Environment Deprivation Domain: the quality of the local environment, indoors (housing) and outdoors (air quality, road traffic accidents).',
  },
}

/** Column stems of the IoD2019 CSV for each domain. */
const STEMS_2019: Record<LsoaDomain, string> = {
  imd: 'IMD',
  income: 'Income',
  employment: 'Employment',
  education: 'Education',
  health: 'Health',
  crime: 'Crime',
  housing_and_access: 'Housing_and_Access',
  environment: 'Environment',
}

const SUBDOMAINS: { stem2025: string; stem2019: string; label: string; domain: string; definition: string }[] = [
  {
    stem2025: 'children_and_young_people',
    stem2019: 'Children_and_young_people',
    label: 'Children and young people (education)',
    domain: 'Education',
    definition:
      'The education sub-domain for children and young people: attainment, absence, staying on and entry to higher education.',
  },
  {
    stem2025: 'adult_skills',
    stem2019: 'Adult_skills',
    label: 'Adult skills',
    domain: 'Education',
    definition:
      'The education sub-domain for adults: working-age adults with no or low qualifications or without good English.',
  },
  {
    stem2025: 'geographical_barriers',
    stem2019: 'Geographical_barriers',
    label: 'Geographical barriers',
    domain: 'Barriers to housing and services',
    definition: 'The sub-domain of physical access to local services (how far they are, or how well connected).',
  },
  {
    stem2025: 'wider_barriers',
    stem2019: 'Wider_barriers',
    label: 'Wider barriers',
    domain: 'Barriers to housing and services',
    definition: 'The sub-domain of access to housing: affordability, homelessness and overcrowding.',
  },
  {
    stem2025: 'indoors',
    stem2019: 'Indoors',
    label: 'Indoors living environment',
    domain: 'Living environment',
    definition: 'The sub-domain of the quality of housing (housing in poor condition, houses without central heating).',
  },
  {
    stem2025: 'outdoors',
    stem2019: 'Outdoors',
    label: 'Outdoors living environment',
    domain: 'Living environment',
    definition: 'The sub-domain of the outdoor environment (air quality and road traffic accidents).',
  },
]

const rankUnit = (n: number) => `rank of ${n.toLocaleString('en-GB')} (1 = most deprived)`
const DECILE_UNIT = 'decile (1 = most deprived 10%)'

function iod2025Source(publication: string, file: string) {
  return { publisher: MHCLG, publication: `${IOD2025}, ${publication}`, file }
}

function domain2025Specs(): VariableSpec[] {
  return LSOA_DOMAINS.flatMap((d) => {
    const info = DOMAINS[d]
    const group = d === 'imd' ? 'IMD 2025' : 'IMD 2025 domains'
    const source = iod2025Source('File 5 (scores, ranks and deciles)', FILES.domains2025)
    return [
      {
        variable: {
          id: `imd25_${d}_score`,
          label: `${info.label}, 2025: score`,
          shortLabel: `${info.short} score (2025)`,
          group,
          kind: 'score',
          unit: d === 'income' || d === 'employment' ? 'proportion of residents' : 'score',
          decimals: 3,
          higherMeans: 'more deprived',
          definition: info.definition,
          source,
        },
        value: { from: 'iod2025', measure: d, field: 'score' },
      },
      {
        variable: {
          id: `imd25_${d}_rank`,
          label: `${info.label}, 2025: national rank`,
          shortLabel: `${info.short} rank (2025)`,
          group,
          kind: 'rank',
          unit: rankUnit(LSOA21_COUNT),
          decimals: 0,
          higherMeans: 'less deprived',
          definition: `${info.definition} Rank among England's ${LSOA21_COUNT.toLocaleString('en-GB')} neighbourhoods.`,
          source,
        },
        value: { from: 'iod2025', measure: d, field: 'rank' },
      },
      {
        variable: {
          id: `imd25_${d}_decile`,
          label: `${info.label}, 2025: national decile`,
          shortLabel: `${info.short} decile (2025)`,
          group,
          kind: 'decile',
          unit: DECILE_UNIT,
          decimals: 0,
          higherMeans: 'less deprived',
          definition: `${info.definition} Tenth of England's neighbourhoods by rank.`,
          source,
        },
        value: { from: 'iod2025', measure: d, field: 'decile' },
      },
    ] satisfies VariableSpec[]
  })
}

function idaci2025Specs(): VariableSpec[] {
  const definition =
    'Income Deprivation Affecting Children Index: the proportion of children aged 0-15 living in income-deprived families.'
  const source = iod2025Source('File 3 (supplementary indices)', FILES.idaci2025)
  const missing = 'File 3 publishes IDACI ranks and deciles only; its scores are not in the bundled files.'
  return [
    {
      variable: {
        id: 'idaci25_rank',
        label: 'Income deprivation affecting children (IDACI), 2025: national rank',
        shortLabel: 'IDACI rank (2025)',
        group: 'IMD 2025',
        kind: 'rank',
        unit: rankUnit(LSOA21_COUNT),
        decimals: 0,
        higherMeans: 'less deprived',
        definition,
        missing,
        source,
      },
      value: { from: 'iod2025', measure: 'idaci', field: 'rank' },
    },
    {
      variable: {
        id: 'idaci25_decile',
        label: 'Income deprivation affecting children (IDACI), 2025: national decile',
        shortLabel: 'IDACI decile (2025)',
        group: 'IMD 2025',
        kind: 'decile',
        unit: DECILE_UNIT,
        decimals: 0,
        higherMeans: 'less deprived',
        definition,
        missing,
        source,
      },
      value: { from: 'iod2025', measure: 'idaci', field: 'decile' },
    },
  ]
}

function subdomain2025Specs(): VariableSpec[] {
  const source = iod2025Source('File 4 (sub-domains)', FILES.subdomains2025)
  return SUBDOMAINS.flatMap((s) => [
    {
      variable: {
        id: `imd25_${s.stem2025}_score`,
        label: `${s.label}, 2025: score`,
        shortLabel: `${s.label} score (2025)`,
        group: 'IMD 2025 sub-domains',
        kind: 'score' as const,
        unit: 'score',
        decimals: 3,
        higherMeans: 'more deprived',
        definition: `${s.definition} Part of the ${s.domain} domain.`,
        source,
      },
      value: { from: 'subdomains2025' as const, column: `${s.stem2025}_score` },
    },
    {
      variable: {
        id: `imd25_${s.stem2025}_rank`,
        label: `${s.label}, 2025: national rank`,
        shortLabel: `${s.label} rank (2025)`,
        group: 'IMD 2025 sub-domains',
        kind: 'rank' as const,
        unit: rankUnit(LSOA21_COUNT),
        decimals: 0,
        higherMeans: 'less deprived',
        definition: `${s.definition} Part of the ${s.domain} domain.`,
        source,
      },
      value: { from: 'subdomains2025' as const, column: `${s.stem2025}_rank` },
    },
    {
      variable: {
        id: `imd25_${s.stem2025}_decile`,
        label: `${s.label}, 2025: national decile`,
        shortLabel: `${s.label} decile (2025)`,
        group: 'IMD 2025 sub-domains',
        kind: 'decile' as const,
        unit: DECILE_UNIT,
        decimals: 0,
        higherMeans: 'less deprived',
        definition: `${s.definition} Part of the ${s.domain} domain.`,
        source,
      },
      value: { from: 'subdomains2025' as const, column: `${s.stem2025}_decile` },
    },
  ])
}

/** How IoD2019 figures reach 2021 neighbourhoods, said on every 2019 variable. */
const CARRIED_2019 =
  "IoD2019 ranked the 2011 neighbourhoods. A 2021 neighbourhood that is a 2011 one unchanged, or part of one that was split, carries that 2011 neighbourhood's figure (ONS LSOA 2011 to 2021 lookup)."
const MISSING_2019 =
  'No figure where a 2021 neighbourhood was merged from several 2011 ones or redrawn irregularly: it has no single 2019 figure. IoD2019 scores and LSOA-level IDACI are not in the bundled files.'

function iod2019Specs(): VariableSpec[] {
  const domainSource = {
    publisher: MHCLG,
    publication: `${IOD2019}, File 7 (ranks and deciles)`,
    file: FILES.domains2019,
  }
  const subSource = { publisher: MHCLG, publication: `${IOD2019}, File 4 (sub-domains)`, file: FILES.subdomains2019 }
  const rankAndDecile = (
    id: string,
    label: string,
    short: string,
    group: string,
    definition: string,
    stem: string,
    from: 'domains2019' | 'subdomains2019',
    source: NeighbourhoodVariable['source'],
  ): VariableSpec[] => [
    {
      variable: {
        id: `${id}_rank`,
        label: `${label}, 2019: national rank`,
        shortLabel: `${short} rank (2019)`,
        group,
        kind: 'rank',
        unit: rankUnit(LSOA19_COUNT),
        decimals: 0,
        higherMeans: 'less deprived',
        definition: `${definition} Rank among England's ${LSOA19_COUNT.toLocaleString('en-GB')} neighbourhoods of 2011.`,
        method: CARRIED_2019,
        missing: MISSING_2019,
        source,
      },
      value: { from, column: `${stem}_rank` },
    },
    {
      variable: {
        id: `${id}_decile`,
        label: `${label}, 2019: national decile`,
        shortLabel: `${short} decile (2019)`,
        group,
        kind: 'decile',
        unit: DECILE_UNIT,
        decimals: 0,
        higherMeans: 'less deprived',
        definition,
        method: CARRIED_2019,
        missing: MISSING_2019,
        source,
      },
      value: { from, column: `${stem}_decile` },
    },
  ]
  return [
    ...LSOA_DOMAINS.flatMap((d) =>
      rankAndDecile(
        `imd19_${d}`,
        DOMAINS[d].label,
        DOMAINS[d].short,
        d === 'imd' ? 'IMD 2019' : 'IMD 2019 domains',
        DOMAINS[d].definition,
        STEMS_2019[d],
        'domains2019',
        domainSource,
      ),
    ),
    ...SUBDOMAINS.flatMap((s) =>
      rankAndDecile(
        `imd19_${s.stem2025}`,
        s.label,
        s.label,
        'IMD 2019 sub-domains',
        `${s.definition} Part of the ${s.domain} domain.`,
        s.stem2019,
        'subdomains2019',
        subSource,
      ),
    ),
  ]
}

/** One IoD2025 underlying indicator (File 8): its column, names, unit and what it measures. */
interface IndicatorInfo {
  column: string
  label: string
  short: string
  kind: 'count' | 'indicator'
  unit: string
  decimals: number
  higherMeans?: string
  definition: string
}

const COUNT_MISSING = 'Blank in the published file (no count below 10 is published).'

const INDICATORS: IndicatorInfo[] = [
  {
    column: 'income_domain_numerator',
    label: 'People in income deprivation',
    short: 'People in income deprivation',
    kind: 'count',
    unit: 'people',
    decimals: 0,
    definition:
      'The count behind the Income domain: residents in families on out-of-work benefits or in work on a low income.',
  },
  {
    column: 'income_deprivation_affecting_children_index_idaci_numerator',
    label: 'Children in income-deprived families (IDACI count)',
    short: 'Children in income deprivation',
    kind: 'count',
    unit: 'children aged 0-15',
    decimals: 0,
    definition: 'The count behind IDACI: children aged 0-15 living in income-deprived families.',
  },
  {
    column: 'income_deprivation_affecting_older_people_index_idaopi_numerator',
    label: 'Older people in income deprivation (IDAOPI count)',
    short: 'Older people in income deprivation',
    kind: 'count',
    unit: 'people aged 60 and over',
    decimals: 0,
    definition: 'The count behind IDAOPI: adults aged 60 and over in income deprivation.',
  },
  {
    column: 'employment_domain_numerator',
    label: 'Working-age people out of work involuntarily',
    short: 'People in employment deprivation',
    kind: 'count',
    unit: 'people of working age',
    decimals: 0,
    definition: 'The count behind the Employment domain: working-age residents involuntarily excluded from work.',
  },
  {
    column: 'adult_skills_and_english_language_proficiency_indicator',
    label: 'Adults with low skills or English',
    short: 'Adult skills indicator',
    kind: 'indicator',
    unit: 'proportion of working-age adults',
    decimals: 3,
    higherMeans: 'more deprived',
    definition:
      'Working-age adults with no or low qualifications, or who cannot speak English or cannot speak it well (Census 2021).',
  },
  {
    column: 'entry_to_higher_education_indicator',
    label: 'Young people not entering higher education',
    short: 'Non-entry to higher education',
    kind: 'indicator',
    unit: 'proportion',
    decimals: 3,
    higherMeans: 'more deprived',
    definition: 'A measure of young people aged under 21 not entering higher education.',
  },
  {
    column: 'acute_morbidity_indicator',
    label: 'Acute morbidity',
    short: 'Acute morbidity',
    kind: 'indicator',
    unit: 'standardised rate',
    decimals: 1,
    higherMeans: 'more deprived',
    definition: 'An age- and sex-standardised rate of emergency admissions to hospital.',
  },
  {
    column: 'comparative_illness_and_disability_ratio_indicator',
    label: 'Comparative illness and disability ratio',
    short: 'Illness and disability ratio',
    kind: 'indicator',
    unit: 'standardised ratio',
    decimals: 1,
    higherMeans: 'more deprived',
    definition: 'An age- and sex-standardised measure of people whose work is limited by illness or disability.',
  },
  {
    column: 'mental_health_indicator',
    label: 'Mental health indicator',
    short: 'Mental health',
    kind: 'indicator',
    unit: 'standardised score',
    decimals: 3,
    higherMeans: 'more deprived',
    definition:
      'A composite of adults with mood and anxiety disorders (prescribing, hospital episodes, suicides and health benefits).',
  },
  {
    column: 'years_of_potential_life_lost_indicator',
    label: 'Years of potential life lost',
    short: 'Years of life lost',
    kind: 'indicator',
    unit: 'standardised rate',
    decimals: 1,
    higherMeans: 'more deprived',
    definition: 'An age- and sex-standardised measure of premature death.',
  },
  ...(
    [
      ['violence_with_injury_rate_per_1_000_at_risk_population', 'Violence with injury', 'people'],
      ['violence_without_injury_rate_per_1_000_at_risk_population', 'Violence without injury', 'people'],
      ['stalking_and_harassment_rate_per_1_000_at_risk_population', 'Stalking and harassment', 'people'],
      ['burglary_rate_per_1_000_at_risk_properties', 'Burglary', 'properties'],
      ['theft_rate_per_1_000_at_risk_population', 'Theft', 'people'],
      ['criminal_damage_rate_per_1_000_at_risk_population', 'Criminal damage', 'people'],
      [
        'public_order_and_possession_of_weapons_rate_per_1_000_at_risk_population',
        'Public order and possession of weapons offences',
        'people',
      ],
      ['anti_social_behaviour_rate_per_1_000_at_risk_population', 'Anti-social behaviour', 'people'],
    ] as const
  ).map(([column, label, base]): IndicatorInfo => ({
    column,
    label: `${label} per 1,000 at-risk ${base}`,
    short: label,
    kind: 'indicator',
    unit: `per 1,000 at-risk ${base}`,
    decimals: 1,
    higherMeans: 'more deprived',
    definition: `Recorded ${label.toLowerCase()} per 1,000 ${base} at risk (a Crime domain indicator).`,
  })),
  {
    column: 'connectivity_score',
    label: 'Connectivity score',
    short: 'Connectivity',
    kind: 'indicator',
    unit: 'score',
    decimals: 1,
    definition: "The Geographical barriers sub-domain's measure of access to key local services, as published.",
  },
  {
    column: 'owner_occupation_affordability_component_of_housing_affordability_indicator',
    label: 'Housing affordability: owner occupation',
    short: 'Owner-occupation affordability',
    kind: 'indicator',
    unit: 'proportion',
    decimals: 3,
    definition: 'The owner-occupation component of the housing affordability indicator, as published.',
  },
  {
    column: 'private_rental_affordability_component_of_housing_affordability_indicator',
    label: 'Housing affordability: private renting',
    short: 'Private rental affordability',
    kind: 'indicator',
    unit: 'proportion',
    decimals: 3,
    definition: 'The private-rental component of the housing affordability indicator, as published.',
  },
  {
    column: 'housing_affordability_indicator',
    label: 'Housing affordability indicator',
    short: 'Housing affordability',
    kind: 'indicator',
    unit: 'standardised score',
    decimals: 3,
    higherMeans: 'more deprived',
    definition:
      'Inability to afford to enter owner occupation or the private rental market (Wider barriers sub-domain).',
  },
  {
    column: 'digital_connectivity_broadband_download_and_upload_speeds',
    label: 'Broadband speeds',
    short: 'Broadband speeds',
    kind: 'indicator',
    unit: 'standardised score',
    decimals: 3,
    definition: 'Digital connectivity: broadband download and upload speeds, standardised, as published.',
  },
  {
    column: 'core_homelessness_rate_percent_of_households',
    label: 'Core homelessness',
    short: 'Core homelessness',
    kind: 'indicator',
    unit: '% of households',
    decimals: 2,
    higherMeans: 'more deprived',
    definition: 'Households in core homelessness as a percentage of households.',
  },
  {
    column: 'patient_to_gp_ratio',
    label: 'Patients per GP',
    short: 'Patients per GP',
    kind: 'indicator',
    unit: 'patients per GP',
    decimals: 0,
    definition: 'Registered patients per GP at the practices serving the neighbourhood.',
  },
  {
    column: 'homelessness_indicator_rate_per_1_000_households',
    label: 'Homelessness per 1,000 households',
    short: 'Homelessness',
    kind: 'indicator',
    unit: 'per 1,000 households',
    decimals: 2,
    higherMeans: 'more deprived',
    definition: 'Households owed a homelessness duty per 1,000 households (Wider barriers sub-domain).',
  },
  {
    column: 'household_overcrowding_indicator_rooms',
    label: 'Overcrowded households (rooms)',
    short: 'Overcrowding (rooms)',
    kind: 'indicator',
    unit: 'proportion of households',
    decimals: 3,
    higherMeans: 'more deprived',
    definition: 'Households with fewer rooms than they need (Census 2021 occupancy rating for rooms).',
  },
  {
    column: 'household_overcrowding_indicator_bedrooms',
    label: 'Overcrowded households (bedrooms)',
    short: 'Overcrowding (bedrooms)',
    kind: 'indicator',
    unit: 'proportion of households',
    decimals: 3,
    higherMeans: 'more deprived',
    definition: 'Households with fewer bedrooms than they need (Census 2021 occupancy rating for bedrooms).',
  },
]

/** The File 8 columns read, with whether a blank is allowed (only the counts have blanks) and whole numbers. */
export const INDICATOR_COLUMNS = INDICATORS.map((i) => ({
  name: i.column,
  integer: i.kind === 'count',
  min: i.kind === 'count' ? 0 : undefined,
  blankAllowed: true,
}))

function indicatorSpecs(): VariableSpec[] {
  const source = iod2025Source('File 8 (underlying indicators)', FILES.indicators2025)
  return INDICATORS.map((i) => ({
    variable: {
      id: `ind25_${i.column.replace(/_rate_per_1_000.*$|_indicator$/, '')}`,
      label: `${i.label} (IoD2025 indicator)`,
      shortLabel: i.short,
      group: 'IoD2025 underlying indicators',
      kind: i.kind,
      unit: i.unit,
      decimals: i.decimals,
      ...(i.higherMeans ? { higherMeans: i.higherMeans } : {}),
      definition: `${i.definition} IoD2025's technical report gives its exact construction.`,
      missing: i.kind === 'count' ? COUNT_MISSING : 'Blank in the published file.',
      source,
    },
    value: { from: 'indicators2025', column: i.column },
  }))
}

function peopleAndPlaceSpecs(): VariableSpec[] {
  const census = {
    publisher: ONS,
    publication: 'Census 2021, usual residents by age (6 bands)',
    file: FILES.census2021,
  }
  const ruc = { publisher: ONS, publication: 'Rural-Urban Classification 2021 of LSOAs', file: FILES.ruralUrban }
  return [
    {
      variable: {
        id: 'children_0_15',
        label: 'Children aged 0-15 (Census 2021)',
        shortLabel: 'Children aged 0-15',
        group: 'People and place',
        kind: 'count',
        unit: 'children',
        decimals: 0,
        definition:
          'Usual residents aged 0-15 on Census day, 21 March 2021. Census age bands put 16 and 17 year olds with 16-24, so this is not the 0-17 population.',
        source: census,
      },
      value: { from: 'census2021', column: 'age_0_15' },
    },
    {
      variable: {
        id: 'children_0_15_share',
        label: 'Share of residents aged 0-15 (Census 2021)',
        shortLabel: 'Share aged 0-15',
        group: 'People and place',
        kind: 'share',
        unit: '% of usual residents',
        decimals: 1,
        definition: 'Usual residents aged 0-15 as a percentage of all usual residents, Census 2021.',
        method: 'Computed by CSC Explorer: residents aged 0-15 / all usual residents × 100, to 1 decimal place.',
        source: census,
      },
      value: { from: 'childShare' },
    },
    {
      variable: {
        id: 'rural',
        label: 'Rural or urban (2021 classification)',
        shortLabel: 'Rural (1) or urban (0)',
        group: 'People and place',
        kind: 'binary',
        unit: '1 = rural, 0 = urban',
        decimals: 0,
        categories: ['Urban', 'Rural'],
        definition:
          'Whether ONS classes the neighbourhood as rural (larger or smaller rural) or urban in the 2021 Rural-Urban Classification.',
        source: ruc,
      },
      value: { from: 'rural' },
    },
    {
      variable: {
        id: 'ruc21_class',
        label: 'Rural-urban class (2021 classification)',
        shortLabel: 'Rural-urban class',
        group: 'People and place',
        kind: 'category',
        unit: 'class',
        decimals: 0,
        categories: [...RUC21_CLASSES],
        definition:
          'ONS 2021 Rural-Urban Classification: urban, larger rural or smaller rural, each nearer to or further from a major town or city.',
        source: ruc,
      },
      value: { from: 'ruralUrbanClass' },
    },
  ]
}

/** Every neighbourhood variable, in menu order. */
export function neighbourhoodVariableSpecs(): VariableSpec[] {
  return [
    ...domain2025Specs(),
    ...idaci2025Specs(),
    ...subdomain2025Specs(),
    ...iod2019Specs(),
    ...indicatorSpecs(),
    ...peopleAndPlaceSpecs(),
  ]
}
