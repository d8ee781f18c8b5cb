import { useSyncExternalStore } from 'react'
import { serviceWorkerSnapshot, subscribeServiceWorker, type ServiceWorkerState } from './serviceWorkerClient'

/** The service worker's state (offline support, a waiting update) for a component. */
export function useServiceWorker(): ServiceWorkerState {
  return useSyncExternalStore(subscribeServiceWorker, serviceWorkerSnapshot)
}
