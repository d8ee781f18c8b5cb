import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { SourceError } from './sourceError'

/** Reads the named columns of a Parquet file as row objects. A missing column stops the ETL, naming it. */
export async function readParquet(file: string, columns: readonly string[]): Promise<Record<string, unknown>[]> {
  let buffer
  try {
    buffer = await asyncBufferFromFile(file)
  } catch {
    throw new SourceError({ file }, 'file not found or unreadable')
  }
  let metadata
  try {
    metadata = await parquetMetadataAsync(buffer)
  } catch (error) {
    throw new SourceError({ file }, `not a readable Parquet file (${(error as Error).message})`)
  }
  const present = new Set(metadata.schema.map((s) => s.name))
  for (const column of columns) {
    if (!present.has(column)) throw new SourceError({ file, column }, `expected column "${column}" is missing`)
  }
  return parquetReadObjects({ file: buffer, metadata, columns: [...columns] })
}
