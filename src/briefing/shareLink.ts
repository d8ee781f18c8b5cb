import { briefingSchema, type Briefing } from './model'

/** Version prefix of the link format, so a link made by a later version is recognised as such. */
const PREFIX = 'b1.'

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(out).arrayBuffer())
}

/**
 * The briefing as a link fragment: JSON, deflated by the browser's own CompressionStream and written in base64url,
 * behind a version prefix. It lives after '#', so it is never sent to a server.
 */
export async function encodeBriefing(briefing: Briefing): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(briefing))
  return PREFIX + toBase64Url(await transform(json, new CompressionStream('deflate-raw')))
}

/** What opening a shared link gives: the briefing, or a message saying plainly why the link cannot be read. */
export type DecodedBriefing = { ok: true; briefing: Briefing } | { ok: false; message: string }

export async function decodeBriefing(code: string): Promise<DecodedBriefing> {
  if (!code.startsWith(PREFIX))
    return {
      ok: false,
      message: /^b\d+\./.test(code)
        ? 'This briefing link was made by a newer version of CSC Explorer and cannot be opened here.'
        : 'This briefing link is not complete or has been changed: it does not start the way briefing links do.',
    }
  let json: unknown
  try {
    const bytes = await transform(fromBase64Url(code.slice(PREFIX.length)), new DecompressionStream('deflate-raw'))
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return {
      ok: false,
      message: 'This briefing link is damaged (perhaps cut short when it was copied), so it cannot be read.',
    }
  }
  const parsed = briefingSchema.safeParse(json)
  if (!parsed.success)
    return {
      ok: false,
      message: 'This briefing link is from an older or different version and its contents cannot be read.',
    }
  return { ok: true, briefing: parsed.data }
}
