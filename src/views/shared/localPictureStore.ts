import { z } from 'zod'
import { briefingItemSchema, type BriefingItem } from '../../briefing/model'
import { appBuild } from '../../offline/appBuild'

// Made local pictures, kept in this browser so an authority's deck reopens at once (offline too) instead of reading
// its views again. Only for the same data release and the same build of the app, whose views the items were read
// from: either changing may change what the views offer.
const STORAGE_PREFIX = 'csc-explorer:local-picture:'
const storedSchema = z.object({ items: z.array(briefingItemSchema), missing: z.array(z.string()) })

const keyOf = (areaCode: string) => `${STORAGE_PREFIX}${areaCode}`
const stampOf = (release: string) => `${release} ${appBuild()}`

/** The items made earlier for this authority with this release and build, or null. */
export function storedLocalPicture(
  release: string,
  areaCode: string,
): { items: BriefingItem[]; missing: string[] } | null {
  try {
    const raw = window.localStorage.getItem(keyOf(areaCode))
    if (!raw) return null
    const stored = JSON.parse(raw) as { stamp?: unknown; value?: unknown }
    if (stored.stamp !== stampOf(release)) return null
    const parsed = storedSchema.safeParse(stored.value)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Keeps the made items (one entry per authority, replaced by the next release's); full storage is not an error. */
export function storeLocalPicture(
  release: string,
  areaCode: string,
  made: { items: readonly BriefingItem[]; missing: readonly string[] },
): void {
  try {
    window.localStorage.setItem(keyOf(areaCode), JSON.stringify({ stamp: stampOf(release), value: made }))
  } catch {
    // Without room the deck is simply made again next time.
  }
}

/** Forgets the made items (the authority was removed from what is kept offline). */
export function forgetLocalPicture(areaCode: string): void {
  window.localStorage.removeItem(keyOf(areaCode))
}

/** How much room the kept items take: the bytes of their JSON. */
export function localPictureBytes(areaCode: string): number {
  return new TextEncoder().encode(window.localStorage.getItem(keyOf(areaCode)) ?? '').length
}
