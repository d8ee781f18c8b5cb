import type { GradientRequest, GradientResponse } from './protocol'

/**
 * The page's side of the gradient worker: one worker per page, one request at a time (a newer request makes the
 * page ignore an older answer). The worker is a same-origin module file, as the Content-Security-Policy requires.
 */
export function createGradientClient() {
  const worker = new Worker(new URL('./gradient.worker.ts', import.meta.url), { type: 'module', name: 'gradient' })
  let nextId = 1
  const pending = new Map<number, (response: GradientResponse) => void>()
  worker.onmessage = (event: MessageEvent<GradientResponse>) => {
    // The time from handing the file over to the answer (reading, checking and summing), read by npm run bench.
    performance.measure('gradient:worker', `gradient:sent:${event.data.id}`)
    pending.get(event.data.id)?.(event.data)
    pending.delete(event.data.id)
  }
  return {
    run(request: Omit<GradientRequest, 'id'>): Promise<GradientResponse> {
      const id = nextId++
      return new Promise((resolve) => {
        pending.set(id, resolve)
        performance.mark(`gradient:sent:${id}`)
        worker.postMessage({ ...request, id })
      })
    },
    terminate: () => worker.terminate(),
  }
}
