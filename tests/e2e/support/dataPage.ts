import type { Page } from '@playwright/test'
import { downloadCsv, type CsvDownload } from './csv'

/** The /data long CSV's columns, written out here rather than imported from the app so the spec states the contract itself. */
export const LONG_CSV_HEADER = [
  'area_code',
  'area_name',
  'row_type',
  'indicator_id',
  'indicator',
  'unit',
  'year',
  'period',
  'value',
  'flag',
  'note',
  'source',
]

/** Clicks the /data page's download button and returns the table's CSV. */
export function downloadDataCsv(page: Page): Promise<CsvDownload> {
  return downloadCsv(page, page.getByRole('button', { name: 'Download CSV' }))
}
