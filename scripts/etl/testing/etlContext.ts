import type { AreaRegistry } from '../areas/registry'
import type { EtlContext } from '../types'

/**
 * A source's context for tests: the shared inputs given, and any other shared input throws when read (so a test
 * shows which inputs a source really uses).
 */
export function etlContext(
  rawDir: string,
  areas: AreaRegistry,
  shared: Partial<Pick<EtlContext, 'lait' | 'population'>> = {},
): EtlContext {
  return {
    rawDir,
    areas,
    log: () => undefined,
    get lait() {
      if (!shared.lait) throw new Error('this test gave the source no LAIT table')
      return shared.lait
    },
    get population() {
      if (!shared.population) throw new Error('this test gave the source no population')
      return shared.population
    },
  }
}
