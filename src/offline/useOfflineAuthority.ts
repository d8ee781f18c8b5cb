import { useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { manifestQuery } from '../data/queries'
import {
  isAuthorityAvailableOffline,
  makeAuthorityAvailableOffline,
  offlineChangeCount,
  removeOfflineAuthority,
  subscribeOfflineChanges,
} from './offlineAuthorities'
import { authorityDataFiles, totalBytes } from './offlineFiles'
import { useServiceWorker } from './useServiceWorker'

export type OfflineAuthorityStatus =
  | { kind: 'unavailable' }
  | { kind: 'checking' }
  | { kind: 'not-kept'; bytes: number }
  | { kind: 'downloading'; done: number; total: number }
  | { kind: 'kept'; bytes: number }
  | { kind: 'failed'; message: string; bytes: number }

/** One authority's offline state, with the actions to keep it offline or let it go. */
export function useOfflineAuthority(areaCode: string) {
  const { support } = useServiceWorker()
  const manifest = useQuery(manifestQuery()).data
  // What the cache says, for the authority and release it was read for; an action's progress replaces it.
  const [checked, setChecked] = useState<{ key: string; status: OfflineAuthorityStatus } | null>(null)
  const bytes = manifest ? totalBytes(authorityDataFiles(manifest, areaCode)) : 0
  const changes = useSyncExternalStore(subscribeOfflineChanges, offlineChangeCount)
  const key = `${manifest?.release}/${areaCode}/${changes}`
  const setStatus = useCallback((next: OfflineAuthorityStatus) => setChecked({ key, status: next }), [key])
  const status: OfflineAuthorityStatus =
    support.kind !== 'ready' || !manifest
      ? { kind: 'unavailable' }
      : checked?.key === key
        ? checked.status
        : { kind: 'checking' }

  useEffect(() => {
    if (support.kind !== 'ready' || !manifest) return
    let current = true
    void isAuthorityAvailableOffline(manifest, areaCode).then((kept) => {
      if (current) setStatus(kept ? { kind: 'kept', bytes } : { kind: 'not-kept', bytes })
    })
    return () => {
      current = false
    }
  }, [support.kind, manifest, areaCode, bytes, setStatus])

  const keep = useCallback(async () => {
    if (!manifest) return
    try {
      await makeAuthorityAvailableOffline(manifest, areaCode, (done, total) =>
        setStatus({ kind: 'downloading', done, total }),
      )
      setStatus({ kind: 'kept', bytes })
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error), bytes })
    }
  }, [manifest, areaCode, bytes, setStatus])

  const remove = useCallback(async () => {
    if (!manifest) return
    await removeOfflineAuthority(manifest, areaCode)
    setStatus({ kind: 'not-kept', bytes })
  }, [manifest, areaCode, bytes, setStatus])

  return { status, keep, remove }
}
