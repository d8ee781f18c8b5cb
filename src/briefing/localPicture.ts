import { ADJUSTED_SUFFIX } from '../charts/shared/exportRegistry'
import { indicatorsWithRole, SOCIAL_CARE_TOPICS } from '../model/indicators'
import type { Area } from '../schema/areas'
import type { Indicator } from '../schema/indicators'
import type { BriefingItem } from './model'
import type { ViewExport } from './renderItemPicture'

/** One step of the local picture: a heading, a headline figure, or a chart or map taken from a view. */
export type LocalPictureStep =
  | { kind: 'heading'; title: string }
  | { kind: 'figure'; indicator: Indicator }
  | {
      kind: 'export'
      view: string
      /** What the step is, for a message when the view does not offer it. */
      what: string
      pick: (e: ViewExport) => boolean
      /** The indicator the picture is about, from what the view says of it. */
      indicatorOf: (e: ViewExport) => string | undefined
    }

/**
 * The ready briefing for one authority, from the catalogue's own lists (no indicator named here): its deprivation
 * (share of neighbourhoods in England's most deprived 10%, district rank, the neighbourhood map and its position once
 * deprivation is allowed for), its children's social care rates against statistical neighbours and England since
 * 2010, and its spending per child. Pure.
 */
export function planLocalPicture(
  indicators: readonly Indicator[],
  area: Area,
  /** The path the app is served under without its trailing slash ('' at the site root), as view URLs carry it. */
  base = '',
): LocalPictureStep[] {
  const { share, districtRank } = deprivationHeadlines(indicators)
  const rates = indicatorsWithRole(indicators, 'profileTrend')
    .filter((i) => SOCIAL_CARE_TOPICS.has(i.topic))
    .slice(0, 3)
  const spending = indicatorsWithRole(indicators, 'spendingTotal')[0]
  const code = area.code
  const steps: LocalPictureStep[] = [{ kind: 'heading', title: 'Deprivation' }]
  if (share) steps.push({ kind: 'figure', indicator: share })
  if (districtRank) steps.push({ kind: 'figure', indicator: districtRank })
  steps.push(
    {
      kind: 'export',
      view: `${base}/neighbourhoods/${code}`,
      what: 'the neighbourhood map',
      pick: (e) => e.kind === 'map',
      indicatorOf: () => undefined,
    },
    {
      kind: 'export',
      view: `${base}/deprivation?area=${code}`,
      what: 'the position adjusted for deprivation',
      pick: (e) => e.indicator?.endsWith(ADJUSTED_SUFFIX) ?? false,
      // As the view names it (`<indicator>-adjusted`), so its sentence is about the adjusted position it shows.
      indicatorOf: (e) => e.indicator,
    },
    { kind: 'heading', title: "Children's social care" },
    ...rates.map((rate): LocalPictureStep => ({
      kind: 'export',
      view: `${base}/area/${code}`,
      what: `the ${rate.shortLabel} trend`,
      pick: (e) => e.indicator === rate.id,
      indicatorOf: () => rate.id,
    })),
  )
  if (spending)
    steps.push(
      { kind: 'heading', title: 'Spending' },
      {
        kind: 'export',
        view: `${base}/spending/${code}`,
        what: `the ${spending.shortLabel} trend`,
        pick: (e) => e.indicator === spending.id,
        indicatorOf: () => spending.id,
      },
    )
  return steps
}

/** The deprivation headline figures (the catalogue's list): the share in the most deprived 10%, the district rank. */
function deprivationHeadlines(indicators: readonly Indicator[]) {
  const headline = indicatorsWithRole(indicators, 'deprivationHeadline')
  return {
    share: headline.find((i) => i.unit === '%'),
    districtRank: headline.find((i) => i.unit === 'rank'),
  }
}

/** The headline figures the local picture states (its charts and maps come from their views). */
export function localPictureFigures(indicators: readonly Indicator[]): Indicator[] {
  const { share, districtRank } = deprivationHeadlines(indicators)
  return [share, districtRank].filter((i): i is Indicator => i !== undefined)
}

/** A headline figure item as the profile's "Add to briefing" makes it: its title, year and source. */
export interface FigureItemText {
  title: string
  source?: string | undefined
  licence?: string | undefined
}

/**
 * Turns the plan into briefing items: headings as they are, figures through `figureText` (null when the authority has
 * no figure), charts and maps from the pictures each view offers (`exportsOf`, one list per view). What cannot be
 * found is named in `missing` rather than left out silently.
 */
export function buildLocalPictureItems(
  steps: readonly LocalPictureStep[],
  area: Area,
  figureText: (indicator: Indicator) => FigureItemText | null,
  exportsOf: ReadonlyMap<string, readonly ViewExport[]>,
  base = '',
): { items: Omit<BriefingItem, 'id'>[]; missing: string[] } {
  const items: Omit<BriefingItem, 'id'>[] = []
  const missing: string[] = []
  const blank = { sentence: '', note: '' }
  for (const step of steps) {
    if (step.kind === 'heading') items.push({ kind: 'heading', title: step.title, ...blank })
    else if (step.kind === 'figure') {
      const text = figureText(step.indicator)
      if (!text) missing.push(step.indicator.label)
      else
        items.push({
          kind: 'figure',
          ...text,
          view: `${base}/area/${area.code}`,
          areaCode: area.code,
          indicatorId: step.indicator.id,
          ...blank,
        })
    } else {
      const found = exportsOf.get(step.view)?.find(step.pick)
      if (!found) {
        missing.push(step.what)
        continue
      }
      const indicatorId = step.indicatorOf(found)
      items.push({
        kind: found.kind,
        title: found.title,
        view: step.view,
        source: found.sourceLine,
        licence: found.licenceLine,
        areaCode: area.code,
        ...(indicatorId ? { indicatorId } : {}),
        ...blank,
      })
    }
  }
  // A heading left with nothing under it (its section's view offered nothing) is dropped.
  const kept = items.filter((item, i) => item.kind !== 'heading' || (items[i + 1] && items[i + 1]?.kind !== 'heading'))
  return { items: kept, missing }
}

/** The views the plan draws from, each opened once. */
export const viewsOf = (steps: readonly LocalPictureStep[]) => [
  ...new Set(steps.flatMap((s) => (s.kind === 'export' ? [s.view] : []))),
]
