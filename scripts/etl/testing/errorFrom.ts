import { SourceError } from '../../lib/sourceError'

/** The SourceError `run` throws, for tests that check where it points; fails the test if it throws nothing or another error. */
export function errorFrom(run: () => unknown): SourceError {
  try {
    run()
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected a SourceError')
}
