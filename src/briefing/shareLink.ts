import { packJson, unpackJson } from '../state/packedFragment'
import { briefingSchema, type Briefing } from './model'

/** Version prefix of the link format, so a link made by a later version is recognised as such. */
const PREFIX = 'b1.'

/** The briefing as a link fragment (packed JSON after '#', so it is never sent to a server). */
export function encodeBriefing(briefing: Briefing): Promise<string> {
  return packJson(briefing, PREFIX)
}

/** What opening a shared link gives: the briefing, or a message saying plainly why the link cannot be read. */
export type DecodedBriefing = { ok: true; briefing: Briefing } | { ok: false; message: string }

const UNREADABLE = {
  newer: 'This briefing link was made by a newer version of CSC Explorer and cannot be opened here.',
  foreign: 'This briefing link is not complete or has been changed: it does not start the way briefing links do.',
  damaged: 'This briefing link is damaged (perhaps cut short when it was copied), so it cannot be read.',
} as const

export async function decodeBriefing(code: string): Promise<DecodedBriefing> {
  const unpacked = await unpackJson(code, PREFIX)
  if (!unpacked.ok) return { ok: false, message: UNREADABLE[unpacked.reason] }
  const parsed = briefingSchema.safeParse(unpacked.value)
  if (!parsed.success)
    return {
      ok: false,
      message: 'This briefing link is from an older or different version and its contents cannot be read.',
    }
  return { ok: true, briefing: parsed.data }
}
