import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ITEM_KINDS, emptyShelf, type Briefing } from './model'
import { applyShelfAction, openBriefing, openSharedBriefing } from './shelfActions'
import { decodeBriefing, encodeBriefing } from './shareLink'
import { loadShelf, saveShelf, SHELF_STORAGE_KEY } from './shelfStorage'

const item = (id: string, title = id) => ({
  id,
  kind: 'chart' as const,
  title,
  view: `/area/E08000016?compare=E08000019`,
  sentence: `Sentence ${id}`,
  note: '',
  areaCode: 'E08000016',
  indicatorId: 'cla_rate',
})

const arbitraryItem = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 40 }),
    kind: fc.constantFrom(...ITEM_KINDS),
    title: fc.string({ maxLength: 400 }),
    view: fc.string({ maxLength: 300 }),
    sentence: fc.string({ maxLength: 600 }),
    note: fc.string({ maxLength: 600 }),
    source: fc.string({ maxLength: 300 }),
    areaCode: fc.string({ maxLength: 12 }),
  },
  { requiredKeys: ['id', 'kind', 'title', 'sentence', 'note'] },
)
const arbitraryBriefing = fc.record({
  id: fc.string({ minLength: 1, maxLength: 40 }),
  name: fc.string({ minLength: 1, maxLength: 120 }),
  items: fc.array(arbitraryItem, { maxLength: 12 }),
})

describe('briefing links', () => {
  it('give back exactly the briefing they were made from (any text, any items)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBriefing, async (briefing) => {
        const code = await encodeBriefing(briefing)
        expect(code).toMatch(/^b1\.[A-Za-z0-9_-]+$/)
        expect(await decodeBriefing(code)).toEqual({ ok: true, briefing })
      }),
      { numRuns: 60 },
    )
  })

  it('are short enough to share: a twelve-item briefing fits comfortably in a link', async () => {
    const briefing: Briefing = {
      id: 'b',
      name: 'Barnsley',
      items: Array.from({ length: 12 }, (_, i) => item(`i${i}`, `Children looked after rate, Barnsley ${i}`)),
    }
    expect((await encodeBriefing(briefing)).length).toBeLessThan(2000)
  })

  it('reject a damaged, cut-short, foreign or newer link with a message that says so', async () => {
    const code = await encodeBriefing({ id: 'b', name: 'Barnsley', items: [item('a'), item('b')] })
    const cut = await decodeBriefing(code.slice(0, code.length - 9))
    expect(cut).toEqual({ ok: false, message: expect.stringMatching(/damaged/) })
    const flipped = await decodeBriefing(`${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`)
    expect(flipped.ok).toBe(false)
    expect(await decodeBriefing('hello')).toEqual({ ok: false, message: expect.stringMatching(/not complete/) })
    expect(await decodeBriefing('b7.abc')).toEqual({ ok: false, message: expect.stringMatching(/newer version/) })
    const notABriefing = await encodeBriefing({ id: 'x', name: 'x', items: [] }).then(async () => {
      const bytes = new TextEncoder().encode(JSON.stringify({ hello: 'world' }))
      const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))
      const packed = new Uint8Array(await new Response(stream).arrayBuffer())
      return `b1.${btoa(String.fromCharCode(...packed))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')}`
    })
    expect(await decodeBriefing(notABriefing)).toEqual({
      ok: false,
      message: expect.stringMatching(/older or different/),
    })
  })
})

describe('shelf actions', () => {
  const start = () => {
    let shelf = emptyShelf()
    for (const id of ['a', 'b', 'c']) shelf = applyShelfAction(shelf, { type: 'add', item: item(id), id })
    return shelf
  }
  const ids = (shelf: ReturnType<typeof emptyShelf>) => openBriefing(shelf).items.map((i) => i.id)

  it('adds, moves (clamped to the ends), edits and removes items of the open briefing', () => {
    let shelf = start()
    expect(ids(shelf)).toEqual(['a', 'b', 'c'])
    shelf = applyShelfAction(shelf, { type: 'move', itemId: 'c', to: 0 })
    expect(ids(shelf)).toEqual(['c', 'a', 'b'])
    shelf = applyShelfAction(shelf, { type: 'move', itemId: 'c', to: 99 })
    expect(ids(shelf)).toEqual(['a', 'b', 'c'])
    shelf = applyShelfAction(shelf, { type: 'edit', itemId: 'b', changes: { sentence: 'Mine', note: 'Say this' } })
    expect(openBriefing(shelf).items[1]).toMatchObject({ sentence: 'Mine', note: 'Say this' })
    shelf = applyShelfAction(shelf, { type: 'remove', itemId: 'a' })
    expect(ids(shelf)).toEqual(['b', 'c'])
  })

  it('opens a shared briefing once: the same briefing followed again opens the saved copy', () => {
    const shelf = start()
    const shared = openBriefing(shelf)
    expect(openSharedBriefing(shelf, shared)).toEqual({ type: 'open', briefingId: shared.id })
    const changed = { ...shared, name: 'Changed' }
    expect(openSharedBriefing(shelf, changed)).toEqual({ type: 'create', name: 'Changed', items: shared.items })
  })

  it('keeps several named briefings, opens, renames and deletes them, never leaving none', () => {
    let shelf = start()
    const first = shelf.open
    shelf = applyShelfAction(shelf, { type: 'create', name: 'Leeds', id: 'leeds' })
    expect([shelf.open, ids(shelf)]).toEqual(['leeds', []])
    shelf = applyShelfAction(shelf, { type: 'rename', name: 'Leeds team meeting' })
    expect(openBriefing(shelf).name).toBe('Leeds team meeting')
    shelf = applyShelfAction(shelf, { type: 'open', briefingId: first })
    expect(ids(shelf)).toEqual(['a', 'b', 'c'])
    shelf = applyShelfAction(shelf, { type: 'delete', briefingId: first })
    expect(shelf.open).toBe('leeds')
    shelf = applyShelfAction(shelf, { type: 'delete', briefingId: 'leeds' })
    expect(shelf.briefings).toHaveLength(1)
  })

  it('are saved to and read back from storage; unreadable storage starts afresh with a message', () => {
    const memory = new Map<string, string>()
    const storage = {
      getItem: (k: string) => memory.get(k) ?? null,
      setItem: (k: string, v: string) => void memory.set(k, v),
    }
    const shelf = start()
    expect(saveShelf(storage, shelf)).toBe(true)
    expect(loadShelf(storage)).toEqual({ shelf, problem: null })
    memory.set(SHELF_STORAGE_KEY, '{"version":1,')
    expect(loadShelf(storage).problem).toMatch(/could not be read/)
  })
})
