import type { Area } from '../schema/areas'

/** A synthetic authority for unit tests: a current London borough named after its code unless `extra` says otherwise. */
export function testArea(code: string, extra: Partial<Area> = {}): Area {
  return {
    code,
    laNumber: 300,
    name: code,
    aliases: [],
    region: 'London',
    regionCode: 'E12000007',
    type: 'london borough',
    status: 'current',
    ...extra,
  }
}
