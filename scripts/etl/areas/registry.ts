import { areaCodes, type Area } from '../../../src/schema/areas'
import { SourceError, type SourceLocation } from '../../lib/sourceError'
import { existedThroughout, type YearType } from '../../../src/schema/yearPeriods'

/** Lower-case, '&' as 'and', no punctuation, no "council"/"city of"/"(pre lg)" noise: the key names are joined on. */
export function normaliseAreaName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(pre lg[r]?( 2019)?\)/g, '')
    .replace(/&/g, ' and ')
    .replace(/\bst\.?\s/g, 'st ')
    .replace(/,?\s*city of\b|\bcity of\s/g, ' ')
    .replace(/\b(county )?council\b/g, ' ')
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Looks authorities up by DfE LA number, by GSS code (current or former) and by name. */
export class AreaRegistry {
  readonly areas: readonly Area[]
  private readonly byNumber = new Map<number, Area>()
  private readonly byGss = new Map<string, Area>()
  private readonly byNormalisedName = new Map<string, Area>()

  constructor(areas: readonly Area[]) {
    this.areas = areas
    for (const area of areas) {
      this.byNumber.set(area.laNumber, area)
      for (const code of areaCodes(area)) this.byGss.set(code, area)
    }
    // Names: current authorities win over former ones that share a name (Dorset 838 vs the former county 835).
    for (const area of [...areas].sort((a, b) => (a.status === b.status ? 0 : a.status === 'former' ? -1 : 1))) {
      for (const name of [area.name, ...area.aliases]) this.byNormalisedName.set(normaliseAreaName(name), area)
    }
  }

  get current(): Area[] {
    return this.areas.filter((a) => a.status === 'current')
  }

  findByLaNumber(laNumber: number): Area | undefined {
    return this.byNumber.get(laNumber)
  }

  findByCode(code: string): Area | undefined {
    return this.byGss.get(code)
  }

  findByName(name: string): Area | undefined {
    return this.byNormalisedName.get(normaliseAreaName(name))
  }

  /**
   * Whether the area existed for what a figure of `year` describes under the year type (the day, or the whole year or
   * period: `existedThroughout`), by its areas.json lifetime. England, the regions and any other code that is not an
   * authority always exist.
   */
  existedIn(code: string, year: number, yearType: YearType): boolean {
    const area = this.findByCode(code)
    return !area || existedThroughout(area, yearType, year)
  }

  /** The authority with this LA number; an unknown number stops the ETL, naming file, row and column. */
  requireLaNumber(laNumber: number, at: SourceLocation): Area {
    const area = this.findByLaNumber(laNumber)
    if (!area) throw new SourceError(at, `unknown DfE LA number ${laNumber}`)
    return area
  }

  /** The authority with this GSS code (current, former or later alias); an unknown code stops the ETL. */
  requireCode(code: string, at: SourceLocation): Area {
    const area = this.findByCode(code)
    if (!area) throw new SourceError(at, `unknown area code "${code}"`)
    return area
  }
}
