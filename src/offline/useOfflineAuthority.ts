import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { manifestQuery } from '../data/queries'
import {
  keptOfflineBytes,
  makeAuthorityAvailableOffline,
  offlineChangeCount,
  removeOfflineAuthority,
  subscribeOfflineChanges,
  type OfflineProgress,
} from './offlineAuthorities'
import { authorityDataFiles, totalBytes } from './offlineFiles'
import { useServiceWorker } from './useServiceWorker'

/** `fileBytes`: the authority's files to download; `bytes`: all it takes once kept, its deck included. */
export type OfflineAuthorityStatus =
  | { kind: 'unavailable' }
  | { kind: 'checking' }
  | { kind: 'not-kept'; fileBytes: number }
  | { kind: 'keeping'; progress: OfflineProgress }
  | { kind: 'kept'; bytes: number }
  | { kind: 'failed'; message: string; fileBytes: number }

/** One authority's offline state, with the actions to keep it offline or let it go. */
export function useOfflineAuthority(areaCode: string) {
  const { support } = useServiceWorker()
  const client = useQueryClient()
  const manifest = useQuery(manifestQuery()).data
  // What the caches say, for the authority and release it was read for; an action's progress replaces it.
  const [checked, setChecked] = useState<{ key: string; status: OfflineAuthorityStatus } | null>(null)
  const fileBytes = manifest ? totalBytes(authorityDataFiles(manifest, areaCode)) : 0
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
    void keptOfflineBytes(manifest, areaCode).then((bytes) => {
      if (current) setStatus(bytes === null ? { kind: 'not-kept', fileBytes } : { kind: 'kept', bytes })
    })
    return () => {
      current = false
    }
  }, [support.kind, manifest, areaCode, fileBytes, setStatus])

  const keep = useCallback(async () => {
    if (!manifest) return
    try {
      // When done, the change it announces makes every view of the authority read the caches again.
      await makeAuthorityAvailableOffline(client, manifest, areaCode, (progress) =>
        setStatus({ kind: 'keeping', progress }),
      )
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error), fileBytes })
    }
  }, [client, manifest, areaCode, fileBytes, setStatus])

  const remove = useCallback(async () => {
    if (!manifest) return
    await removeOfflineAuthority(manifest, areaCode)
    setStatus({ kind: 'not-kept', fileBytes })
  }, [manifest, areaCode, fileBytes, setStatus])

  return { status, keep, remove }
}
