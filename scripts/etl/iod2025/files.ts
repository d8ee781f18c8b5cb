/** Where the IoD2025 inputs sit in the raw bundle, and how the edition is dated in the series. */
export const IOD2025_FILES = {
  /** MHCLG File 1: each 2021 LSOA's 2024 district (the only district assignment used), IMD rank and decile. */
  file1: 'imd/iod2025/File_1_IoD2025_Index_of_Multiple_Deprivation.xlsx',
  /** MHCLG File 3: IDACI (and IDAOPI) rank and decile of each LSOA. */
  file3: 'imd/iod2025/File_3_IoD2025_Supplementary_Indices_IDACI_and_IDAOPI.xlsx',
  /** Scores, ranks and deciles of the IMD and its seven domains per LSOA (File 2 and 5 as CSV). */
  lsoaScores: 'imd/humaniverse-csv/imd2025_england_lsoa21.csv',
  /** MHCLG File 10 version 2: district (2024) summaries of the IMD and its domains. */
  districts: 'imd/humaniverse-csv/imd2025_england_ltla24.csv',
  /** District summaries in long form (File 10 version 1), read only for IDACI. */
  districtsIdaci: 'imd/iod2025/indices_of_deprivation_2025_lad_trafford.csv',
  /** ONS April 2023 lower-tier → upper-tier lookup (the 2024 districts are the 2023 ones). */
  districtLookup: 'lookups/LTLA-UTLA_Apr23_Lookup_England-Wales.csv',
  /** ONS mid-2024 population by single year of age: weights for the county averages. */
  population: 'population/ons-mye2024/ons_mye24_mye2_persons_syoa_la2023.csv',
  /** ONS LSOA (December 2021) super-generalised boundaries, England. */
  boundaries: 'geo/lsoa21/lsoa21_england_bsc.topo.json',
  /** ONS LSOA 2021 → ward 2024 best fit: ward names for places (never for figures). */
  wards: 'lookups/lsoa21_ward24_lad24_lookup.csv',
} as const

/** IoD2025 sits at year 2025 of the IMD series (an edition year, like 2015 and 2019). */
export const IOD2025_YEAR = 2025
/** Published 30 October 2025: orders publications in build-data. */
export const IOD2025_RELEASE = 20251030
/** The number of 2024 districts IoD2025 ranks. */
export const DISTRICT_COUNT_2025 = 296
/** Published district figures (File 10). */
export const IOD2025_SOURCE_ID = 'iod2025'
/** The neighbourhood files (LSOA boundaries, wards) besides the indices themselves. */
export const IOD2025_GEO_SOURCE_ID = 'iod2025-geo'
