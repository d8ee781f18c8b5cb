import { z } from './zod'

// DfE's lists use five bands, closest first: 'Extremely close' appears in both the 2021 and the 2025 list.
export const CLOSENESS_BANDS = ['extremely close', 'very close', 'close', 'somewhat close', 'not close'] as const
export const closenessBandSchema = z.enum(CLOSENESS_BANDS)
export type ClosenessBand = z.infer<typeof closenessBandSchema>

export const neighbourSchema = z.object({ code: z.string(), band: closenessBandSchema }).strict()
export type Neighbour = z.infer<typeof neighbourSchema>

const neighbourListSchema = z.record(z.string(), z.array(neighbourSchema).max(10))

export const NEIGHBOUR_LISTS = ['dfe2025', 'dfe2021'] as const
export type NeighbourListId = (typeof NEIGHBOUR_LISTS)[number]

export const neighboursFileSchema = z
  .object({ dfe2025: neighbourListSchema, dfe2021: neighbourListSchema, computed: neighbourListSchema.optional() })
  .strict()
export type NeighboursFile = z.infer<typeof neighboursFileSchema>
