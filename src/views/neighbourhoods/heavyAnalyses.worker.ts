/// <reference lib="webworker" />
import { HEAVY_ANALYSES, type HeavyAnalysisRequest, type HeavyAnalysisResponse } from './heavyAnalyses'

// Works out the neighbourhood analyses too slow for the page's thread (heavyAnalyses.ts). Pure computation on what the
// page posts: nothing here makes a request.
self.onmessage = (event: MessageEvent<HeavyAnalysisRequest>) => {
  const { id, name, args } = event.data
  let response: HeavyAnalysisResponse
  try {
    const analysis = HEAVY_ANALYSES[name] as (...a: typeof args) => ReturnType<(typeof HEAVY_ANALYSES)[typeof name]>
    response = { id, result: analysis(...args) }
  } catch (error) {
    response = { id, error: String(error) }
  }
  self.postMessage(response)
}
