import { useEffect, useState } from 'react'
import type { HeavyAnalyses, HeavyAnalysisName, HeavyAnalysisRequest, HeavyAnalysisResponse } from './heavyAnalyses'

type Settle = (response: HeavyAnalysisResponse) => void
let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, Settle>()

/** The page's one analysis worker, started on first use (a same-origin module file, as the CSP requires). */
function analysisWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./heavyAnalyses.worker.ts', import.meta.url), { type: 'module', name: 'analysis' })
    worker.onmessage = (event: MessageEvent<HeavyAnalysisResponse>) => {
      waiting.get(event.data.id)?.(event.data)
      waiting.delete(event.data.id)
    }
  }
  return worker
}

export type HeavyAnalysisState<N extends HeavyAnalysisName> =
  { status: 'working' } | { status: 'done'; result: ReturnType<HeavyAnalyses[N]> } | { status: 'failed'; error: string }

/**
 * Runs one of the heavy neighbourhood analyses in the worker and gives its answer once in ('working' until then, and
 * again whenever the arguments change; an answer to arguments since replaced is ignored). `args` should keep its
 * identity between renders while unchanged (memoise it), as each new array is a new request; null asks for nothing.
 */
export function useHeavyAnalysis<N extends HeavyAnalysisName>(
  name: N,
  args: Parameters<HeavyAnalyses[N]> | null,
): HeavyAnalysisState<N> {
  const [state, setState] = useState<{ args: typeof args; answer: HeavyAnalysisState<N> }>({
    args: null,
    answer: { status: 'working' },
  })
  useEffect(() => {
    if (!args) return
    let current = true
    const id = nextId++
    waiting.set(id, (response) => {
      if (!current) return
      setState({
        args,
        answer:
          'error' in response
            ? { status: 'failed', error: response.error }
            : { status: 'done', result: response.result as ReturnType<HeavyAnalyses[N]> },
      })
    })
    const request: HeavyAnalysisRequest<N> = { id, name, args }
    analysisWorker().postMessage(request)
    return () => {
      current = false
      waiting.delete(id)
    }
  }, [name, args])
  return state.args === args ? state.answer : { status: 'working' }
}
