/** The raw files the neighbourhood variables are read from, besides IoD2025 Files 1, 3 and 5 (read by iod2025). */
export const NEIGHBOURHOOD_FILES = {
  /** IoD2025 File 4 as CSV: score, rank and decile of the six sub-domains of 2021 LSOAs. */
  subdomains2025: 'imd/humaniverse-csv/imd2025_england_lsoa21_subdomains.csv',
  /** IoD2025 File 8 as CSV: the underlying indicators of 2021 LSOAs. */
  indicators2025: 'imd/humaniverse-csv/imd2025_england_lsoa21_indicators.csv',
  /** IoD2019 File 7 as CSV: ranks and deciles of the IMD and domains of 2011 LSOAs. */
  domains2019: 'imd/humaniverse-csv/imd2019_england_lsoa11.csv',
  /** IoD2019 File 4 as CSV: ranks and deciles of the sub-domains of 2011 LSOAs. */
  subdomains2019: 'imd/humaniverse-csv/imd2019_england_lsoa11_subdomains.csv',
  /** ONS LSOA 2011 → LSOA 2021 lookup, with its change codes. */
  lsoa11To21: 'lookups/lsoa11_lsoa21_lad22_lookup.csv',
  /** Census 2021 usual residents by 2021 LSOA in six age bands. */
  census2021: 'population/census2021-lsoa21/lsoa21_census2021_age6_EW.csv',
  /** ONS Rural-Urban Classification 2021 of 2021 LSOAs. */
  ruralUrban: 'lookups/ruc21_lsoa21.csv',
  /** IoD2025 File 5 as CSV and File 3 (read by the iod2025 source; named here for each variable's source). */
  domains2025: 'imd/humaniverse-csv/imd2025_england_lsoa21.csv',
  idaci2025: 'imd/iod2025/File_3_IoD2025_Supplementary_Indices_IDACI_and_IDAOPI.xlsx',
} as const

/** The source id of the neighbourhood variable files in the build's reports. */
export const NEIGHBOURHOOD_SOURCE_ID = 'neighbourhood-variables'
