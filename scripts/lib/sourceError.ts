/** Where in a source file something went wrong. Row numbers are 1-based lines/rows as a spreadsheet shows them. */
export interface SourceLocation {
  file: string
  row?: number
  column?: string
}

/**
 * The one error type the ETL stops on. Its message always names the file, and the row and column where known,
 * so a maintainer can open the file and look.
 */
export class SourceError extends Error {
  readonly location: SourceLocation

  constructor(location: SourceLocation, problem: string) {
    super(formatLocation(location) + ': ' + problem)
    this.name = 'SourceError'
    this.location = location
  }
}

export function formatLocation({ file, row, column }: SourceLocation): string {
  const parts = [file]
  if (row !== undefined) parts.push(`row ${row}`)
  if (column !== undefined) parts.push(`column "${column}"`)
  return parts.join(', ')
}

/** Every SourceError a build met, so one run reports all the bad input rather than the first. */
export class SourceErrors extends Error {
  readonly errors: readonly SourceError[]

  constructor(errors: readonly SourceError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the raw data:\n${errors.map((e) => `- ${e.message}`).join('\n')}`,
    )
    this.name = 'SourceErrors'
    this.errors = errors
  }
}
