/**
 * JSON packed for a link fragment: deflated by the browser's own CompressionStream and written in base64url behind a
 * version prefix ("b1.", "g1."). Fragments live after '#', so what they carry is never sent to a server.
 */

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

export async function packJson(value: unknown, prefix: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value))
  return prefix + toBase64Url(await transform(json, new CompressionStream('deflate-raw')))
}

/**
 * The JSON a packed text holds, or why it cannot be read: 'newer' (a later version of the same prefix, such as "b2."
 * for "b1."), 'foreign' (not this kind of text at all) or 'damaged' (cut short or changed).
 */
export type Unpacked = { ok: true; value: unknown } | { ok: false; reason: 'newer' | 'foreign' | 'damaged' }

export async function unpackJson(text: string, prefix: string): Promise<Unpacked> {
  if (!text.startsWith(prefix)) {
    const letter = prefix.replace(/\d+\.$/, '')
    return { ok: false, reason: new RegExp(`^${letter}\\d+\\.`).test(text) ? 'newer' : 'foreign' }
  }
  try {
    const bytes = await transform(fromBase64Url(text.slice(prefix.length)), new DecompressionStream('deflate-raw'))
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) }
  } catch {
    return { ok: false, reason: 'damaged' }
  }
}
