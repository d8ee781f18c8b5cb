import type { AnalyseOutcome } from './analyse'
import type { GradientReference, Measure } from './types'

/** A request from the page to the gradient worker. The file goes in; only decile totals come back. */
export interface GradientRequest {
  id: number
  file: File
  synthetic: boolean
  confirmed?: Array<Measure | null>
  moveTo2021: boolean
  reference: GradientReference
}

export type GradientResponse = { id: number } & AnalyseOutcome
