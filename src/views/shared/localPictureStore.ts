import { z } from 'zod'
import { briefingItemSchema, type BriefingItem } from '../../briefing/model'

// Made local pictures, kept in this browser so an authority's deck reopens at once (offline too) instead of reading
// its views again. Only for the same data release and the same build of the app, whose views the items were read
// from: either changing may change what the views offer.
const STORAGE_PREFIX = 'csc-explorer:local-picture:'
const storedSchema = z.object({ items: z.array(briefingItemSchema), missing: z.array(z.string()) })

/** The build of the app: its entry script's content-hashed name (the same for every page of one build). */
function appBuild(): string {
  return document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? 'development'
}

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
