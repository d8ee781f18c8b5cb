import { readFileSync } from 'node:fs'
import { SourceError } from './sourceError'

/**
 * Reads a whole text file (UTF-8) for a parser that takes text. The build's sources call this at their edge, so the
 * parsers themselves never touch the file system; a missing file stops the build with the file named.
 */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    throw new SourceError({ file }, 'file not found or unreadable')
  }
}
