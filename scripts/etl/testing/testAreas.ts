import type { Area } from '../../../src/schema/areas'

const TYPE_BY_PREFIX = {
  E06: 'unitary',
  E08: 'metropolitan district',
  E09: 'london borough',
  E10: 'county',
} as const satisfies Record<string, Area['type']>

/**
 * A synthetic authority as DfE's LA code list would give it, for the ETL's unit tests: the type follows the code's
 * prefix (E06 unitary, E08 metropolitan district, E09 London borough, E10 county) and the region is made up (no test
 * here reads it) unless `extra` says otherwise.
 */
export function testArea(code: string, laNumber: number, name: string, extra: Partial<Area> = {}): Area {
  return {
    code,
    laNumber,
    name,
    aliases: [],
    region: 'Test region',
    regionCode: 'E12000003',
    type: TYPE_BY_PREFIX[code.slice(0, 3) as keyof typeof TYPE_BY_PREFIX] ?? 'unitary',
    status: 'current',
    ...extra,
  }
}
