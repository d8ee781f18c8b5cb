import type { QueryClient } from '@tanstack/react-query'
import type { BriefingItem } from '../briefing/model'
import { renderItemPicture, type ItemPicture } from '../briefing/renderItemPicture'
import { areasQuery, indicatorsQuery, manifestQuery } from '../data/queries'
import { localPictureBytes, storedLocalPicture } from '../views/shared/localPictureStore'
import { makeLocalPicture } from '../views/shared/makeLocalPicture'
import {
  deleteStaleDeckPictures,
  keepDeckPicture,
  keepDeckSummary,
  keptDeckPicture,
  type KeptDeck,
} from './deckPictureStore'

/** Where keeping a deck has got to: reading which pictures the views offer, then drawing the slides. */
export type DeckProgress = { stage: 'views' | 'slides'; done: number; total: number }

const hasPicture = (item: BriefingItem) => item.kind === 'chart' || item.kind === 'map'

/**
 * Makes the authority's local-picture deck ahead (its items, unless made before for this release and build) and draws
 * and keeps every slide's picture, so /present/<code> opens offline with its pictures and no drawing. Returns what
 * is kept. Pictures already kept are not drawn again.
 */
export async function keepAuthorityDeck(
  client: QueryClient,
  release: string,
  areaCode: string,
  onProgress: (progress: DeckProgress) => void = () => {},
): Promise<KeptDeck> {
  const [areas, indicators] = await Promise.all([
    client.ensureQueryData(areasQuery()),
    client.ensureQueryData(indicatorsQuery()),
  ])
  const area = areas.find((a) => a.code === areaCode)
  if (!area) throw new Error(`${areaCode} is not an authority in this data release.`)
  await deleteStaleDeckPictures(release)
  const made =
    storedLocalPicture(release, areaCode) ??
    (await makeLocalPicture(client, area, indicators, (done, total) => onProgress({ stage: 'views', done, total })))
  const pictured = made.items.filter(hasPicture)
  let bytes = localPictureBytes(areaCode)
  for (const [done, item] of pictured.entries()) {
    onProgress({ stage: 'slides', done, total: pictured.length })
    const picture =
      (await keptDeckPicture(release, item)) ??
      (await renderItemPicture(item, 'deck').catch((error: unknown) => {
        throw new Error(
          `The slide “${item.title}” could not be drawn (${error instanceof Error ? error.message : String(error)}).`,
        )
      }))
    bytes += await keepDeckPicture(release, areaCode, item, picture)
  }
  onProgress({ stage: 'slides', done: pictured.length, total: pictured.length })
  const kept = { pictures: pictured.length, bytes }
  await keepDeckSummary(release, areaCode, kept)
  return kept
}

/**
 * A slide's picture for present mode: the one kept offline for this release and build when there is one (no view is
 * opened), else drawn now through its view.
 */
export async function slidePicture(client: QueryClient, item: BriefingItem): Promise<ItemPicture> {
  const { release } = await client.ensureQueryData(manifestQuery())
  return (await keptDeckPicture(release, item)) ?? renderItemPicture(item, 'deck')
}
