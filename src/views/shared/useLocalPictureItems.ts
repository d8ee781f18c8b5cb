import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { localPictureFigures } from '../../briefing/localPicture'
import type { BriefingItem } from '../../briefing/model'
import { manifestQuery, seriesQuery } from '../../data/queries'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import { storedLocalPicture } from './localPictureStore'
import { makeLocalPicture } from './makeLocalPicture'
import { loadOf, type PageLoad } from './pageLoad'

/** Where making an authority's local picture has got to. */
export type LocalPictureProgress =
  | { state: 'loading'; load: PageLoad }
  | { state: 'making'; progress: string }
  | { state: 'failed'; problem: string }
  | { state: 'made'; items: BriefingItem[]; missing: string[] }

/**
 * An authority's local-picture items for /briefing/new and /present: the ones kept in this browser for the release
 * and build (made before, or by "make available offline"), shown at once, else made now (makeLocalPicture.ts), once
 * per mount.
 */
export function useLocalPictureItems(area: Area, indicators: readonly Indicator[]): LocalPictureProgress {
  const client = useQueryClient()
  const manifest = useQuery(manifestQuery())
  const series = useQueries({ queries: localPictureFigures(indicators).map((i) => seriesQuery(i.id)) })
  const load = loadOf([manifest, ...series])
  const ready = !load.pending && !load.error && !!manifest.data
  const [made, setMade] = useState<LocalPictureProgress>({ state: 'making', progress: 'Opening the views…' })
  const started = useRef(false)
  // Items made before for this release and build: shown at once, nothing read again.
  const stored = useMemo(
    () => (manifest.data ? storedLocalPicture(manifest.data.release, area.code) : null),
    [manifest.data, area.code],
  )
  useEffect(() => {
    // Once per visit: a second run (React's development double effect, a re-render) would make the items twice.
    if (!ready || started.current || stored) return
    started.current = true
    makeLocalPicture(client, area, indicators, (i, total, view) =>
      setMade({ state: 'making', progress: `Reading view ${i + 1} of ${total} (${view})…` }),
    ).then(
      (items) => setMade({ state: 'made', ...items }),
      (e: unknown) => setMade({ state: 'failed', problem: e instanceof Error ? e.message : String(e) }),
    )
  }, [ready, stored, client, area, indicators])
  if (!ready) return { state: 'loading', load }
  return stored ? { state: 'made', ...stored } : made
}
