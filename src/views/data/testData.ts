// Small synthetic inputs shared by the /data model tests (imported only by *.test.ts files).
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { NeighboursFile } from '../../schema/neighbours'
import type { Series } from '../../schema/series'

export const testArea = (code: string, name: string, regionCode: string, extra: Partial<Area> = {}): Area => ({
  code,
  laNumber: 800,
  name,
  aliases: [],
  region: regionCode === 'E12000001' ? 'North East' : 'London',
  regionCode,
  type: 'unitary',
  status: 'current',
  ...extra,
})

export const AREAS: Area[] = [
  testArea('E06000001', 'Hartlepool', 'E12000001'),
  testArea('E06000002', 'Middlesbrough', 'E12000001'),
  testArea('E09000001', 'City of London', 'E12000007', { excludedFromAverages: true }),
  testArea('E09000002', 'Barking and Dagenham', 'E12000007'),
  testArea('E10000006', 'Cumbria', 'E12000001', { status: 'former', lastYear: 2023 }),
  testArea('E06000063', 'Cumberland', 'E12000001', { firstYear: 2024 }),
]

export const NEIGHBOURS: NeighboursFile = {
  dfe2025: {
    E06000001: [
      { code: 'E09000002', band: 'close' },
      { code: 'E09000001', band: 'not close' },
    ],
  },
  dfe2021: { E06000001: [{ code: 'E06000002', band: 'very close' }] },
}

export const testIndicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  label: `${id} label`,
  shortLabel: `${id} short`,
  topic: 'looked-after',
  unit: 'rate per 10,000',
  decimals: 1,
  polarity: 'higher-is-more-intervention',
  yearType: '31 March',
  source: ['lait'],
  definition: id,
  ...extra,
})

export const CLA: Series = {
  id: 'cla_rate',
  years: [2023, 2024, 2025],
  values: {
    E06000001: [100, 150.5, 151],
    E06000002: [null, 90, 91],
    E09000001: [500, 600, null],
    E09000002: [80, null, 81.2],
    E10000006: [70, null, null],
  },
  flags: { E09000002: [null, 'c', null], E10000006: [null, 'z', 'z'], E09000001: [null, null, 'low'] },
  england: [70, 71, null],
  englandFlags: [null, null, 'x'],
  regions: { E12000001: [99, 98, 97] },
  yearSources: ['cla-ees-2022', 'lait', 'lait'],
  yearProvenance: ['computed', 'published', 'published'],
}

export const SPEND: Series = {
  id: 'spend_cyp_total',
  years: [2024, 2025],
  values: { E06000001: [1000, 2000], E09000002: [3000, 4000] },
  england: [9, 10],
  yearSources: ['s251-a1', 's251-a1'],
  yearProvenance: ['published', 'published'],
}

export const SOURCES: Manifest['sources'] = [
  {
    id: 'lait',
    title: 'LAIT',
    publisher: 'Department for Education',
    licence: 'OGL',
    url: 'https://example.org/',
    files: [],
  },
  {
    id: 'cla-ees-2022',
    title: 'CLA 2022',
    publisher: 'Department for Education',
    licence: 'OGL',
    url: 'https://example.org/',
    files: [],
  },
  {
    id: 's251-a1',
    title: 'S251 outturn',
    publisher: 'Department for Education',
    licence: 'OGL',
    url: 'https://example.org/',
    files: [],
  },
]
