import { z } from '../../schema/zod'
import { packJson, unpackJson } from '../../state/packedFragment'
import { MEASURES, type DecileResult, type GradientResult } from '../../gradient/types'

/**
 * A gradient's results kept in the page's link fragment (`#result=g1.…`), so a reload, a briefing item or a shared
 * briefing redraws them without the council's file. Only what the page shows is kept: totals by decile under the
 * disclosure rule, never a neighbourhood's figure; the fragment is never sent to a server.
 */
const PREFIX = 'g1.'
export const RESULT_KEY = 'result'

const summary = z
  .object({ multiplier: z.number(), lower: z.number(), upper: z.number(), deciles: z.array(z.number().int()) })
  .strict()
const decile = z
  .object({
    decile: z.number().int().min(1).max(10),
    neighbourhoods: z.number().int().min(0),
    counted: z.number().int().min(0),
    children: z.number().min(0),
    status: z.enum(['shown', 'fewer-than-10', 'one-neighbourhood', 'none']),
    count: z.number().min(0).nullable(),
    rate: z.number().min(0).nullable(),
    lower: z.number().min(0).nullable(),
    upper: z.number().min(0).nullable(),
  })
  .strict()
  // A decile that is not shown carries no figure: a changed link cannot smuggle one past the disclosure rule.
  .refine((d) => d.status === 'shown' || (d.count === null && d.rate === null && d.lower === null && d.upper === null))
const measure = z
  .object({
    measure: z.enum(MEASURES),
    deciles: z.array(decile).length(10),
    gradient: summary.nullable(),
    fifthRatio: z
      .object({ ratio: z.number(), mostDeprived: z.array(z.number()), leastDeprived: z.array(z.number()) })
      .strict()
      .nullable(),
    cwip: z
      .object({ rates: z.array(z.number()), gradient: summary.nullable() })
      .strict()
      .nullable(),
    notes: z.array(z.string().max(400)).max(20),
  })
  .strict()
const resultSchema = z
  .object({
    areaCode: z.string().regex(/^E\d{8}$/),
    areaName: z.string().max(120),
    vintage: z.union([z.literal(2011), z.literal(2021)]),
    moved: z.boolean(),
    synthetic: z.boolean(),
    fileName: z.string().max(260),
    rows: z.number().int().min(0),
    measures: z.array(measure).min(1).max(3),
    notes: z.array(z.string().max(400)).max(20),
  })
  .strict()

/** Figures kept to six significant digits: the page shows at most two decimals, and the link stays short. */
function trimmed(result: GradientResult): GradientResult {
  const round = (n: number) => Number(n.toPrecision(6))
  const orNull = (n: number | null) => (n === null ? null : round(n))
  const decileOf = (d: DecileResult): DecileResult => ({
    ...d,
    children: round(d.children),
    count: orNull(d.count),
    rate: orNull(d.rate),
    lower: orNull(d.lower),
    upper: orNull(d.upper),
  })
  return { ...result, measures: result.measures.map((m) => ({ ...m, deciles: m.deciles.map(decileOf) })) }
}

export function encodeResult(result: GradientResult): Promise<string> {
  return packJson(trimmed(result), PREFIX)
}

export type DecodedResult = { ok: true; result: GradientResult } | { ok: false; message: string }

const UNREADABLE = {
  newer: 'The results in this link were saved by a newer version of CSC Explorer and cannot be shown here.',
  foreign: 'The results in this link are not complete or have been changed, so they cannot be shown.',
  damaged:
    'The results in this link are damaged (perhaps cut short when the link was copied), so they cannot be shown.',
} as const

/** Reads results back from a link, for the authority whose page it is; anything else is refused with a reason. */
export async function decodeResult(text: string, areaCode: string): Promise<DecodedResult> {
  const unpacked = await unpackJson(text, PREFIX)
  if (!unpacked.ok) return { ok: false, message: UNREADABLE[unpacked.reason] }
  const parsed = resultSchema.safeParse(unpacked.value)
  if (!parsed.success) return { ok: false, message: UNREADABLE.foreign }
  if (parsed.data.areaCode !== areaCode)
    return {
      ok: false,
      message: `The results in this link are for ${parsed.data.areaName}, not this authority; open them from ${parsed.data.areaName}'s page.`,
    }
  return { ok: true, result: parsed.data }
}
