import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { briefingSources, type BriefingDocument } from './briefingDocument'
import { buildDocx } from './docx'
import type { BriefingItem } from './model'
import { buildPptx } from './pptx'

// The PowerPoint and Word files are unzipped and read back: slides, pages, titles, pictures with alt text, notes,
// sources and licence.

/** 1 × 1 PNGs of two colours (the file formats keep one copy of identical pictures). */
const png = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
const PNGS = {
  chart: png('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  map: png('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
}
const LICENCE = 'Contains public sector information licensed under the Open Government Licence v3.0.'
const item = (fields: Partial<BriefingItem> & Pick<BriefingItem, 'kind' | 'title'>): BriefingItem => ({
  id: fields.title,
  sentence: '',
  note: '',
  ...fields,
})
const ITEMS: BriefingItem[] = [
  item({ kind: 'heading', title: 'Where Barnsley stands' }),
  item({
    kind: 'figure',
    title: 'Child protection plan rate, Barnsley, 2025',
    sentence: 'Barnsley: 51.0 per 10,000 children on a child protection plan.',
    note: 'Ask about the 2024 fall',
    source: 'Source: Department for Education, LAIT.',
    licence: LICENCE,
  }),
  item({
    kind: 'chart',
    title: 'CLA rate: Barnsley, its statistical neighbours and England, 2010 to 2025',
    sentence: 'Barnsley: 71 per 10,000 children looked after.',
    source: 'Source: Department for Education, LAIT.',
    licence: LICENCE,
  }),
  item({
    kind: 'map',
    title: 'Neighbourhoods in Barnsley by IMD decile',
    source: 'Source: Ministry of Housing, Communities and Local Government, IoD2019.',
    licence: LICENCE,
  }),
  item({ kind: 'note', title: 'Note', note: 'Next steps for the team' }),
]
const DOC: BriefingDocument = {
  name: 'Barnsley briefing',
  madeOn: '30 November 2026',
  link: 'https://example.org/briefing#b=b1.abc',
  items: ITEMS.map((i) => ({
    item: i,
    picture:
      i.kind === 'chart' || i.kind === 'map'
        ? { png: PNGS[i.kind], width: 1200, height: 675, description: `Alt text for ${i.kind}` }
        : null,
  })),
}

const unzip = (bytes: ArrayBuffer) => {
  const files = unzipSync(new Uint8Array(bytes))
  return { names: Object.keys(files), text: (name: string) => strFromU8(files[name] ?? new Uint8Array()) }
}

describe('the PowerPoint file', () => {
  it('has a title slide, one slide per item and a sources slide, with pictures, alt text and speaker notes', async () => {
    const pptx = unzip(await buildPptx(DOC))
    const slides = pptx.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides).toHaveLength(ITEMS.length + 2)
    const slide = (n: number) => pptx.text(`ppt/slides/slide${n}.xml`)
    expect(slide(1)).toContain('Barnsley briefing')
    expect(slide(1)).toContain('30 November 2026')
    ITEMS.forEach((it, i) => expect(slide(i + 2)).toContain(it.kind === 'note' ? it.note : it.title))
    // The chart and the map: a picture each, with its alt text; the sentence beside it; source and licence below.
    expect(slide(4)).toMatch(/<p:pic>[\s\S]*descr="Alt text for chart"/)
    expect(slide(5)).toMatch(/<p:pic>[\s\S]*descr="Alt text for map"/)
    expect(slide(4)).toContain('71 per 10,000 children looked after')
    expect(slide(4)).toContain('Open Government Licence v3.0')
    expect(pptx.names.filter((n) => /^ppt\/media\/.+/.test(n))).toHaveLength(2)
    for (const n of [2, 3, 6]) expect(slide(n)).not.toContain('<p:pic>')
    // The user's note is the figure slide's speaker notes.
    const notes = pptx.names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map(pptx.text)
    expect(notes.some((xml) => xml.includes('Ask about the 2024 fall'))).toBe(true)
    const sources = slide(ITEMS.length + 2)
    expect(sources).toContain('Sources')
    expect(sources).toContain('Source: Department for Education, LAIT.')
    expect(sources).toContain('Source: Ministry of Housing, Communities and Local Government, IoD2019.')
    expect(sources).toContain('Open Government Licence v3.0')
  })
})

describe('the Word file', () => {
  it('has headings, figures with captions and alt text, the sentences and a table of sources', async () => {
    const docx = unzip(await buildDocx(DOC))
    const body = docx.text('word/document.xml')
    expect(body).toContain('Barnsley briefing')
    expect(body).toContain('Where Barnsley stands')
    expect(body).toContain('Figure 1: CLA rate: Barnsley, its statistical neighbours and England, 2010 to 2025')
    expect(body).toContain('Figure 2: Neighbourhoods in Barnsley by IMD decile')
    expect(body).toMatch(/<wp:docPr [^>]*descr="Alt text for chart"/)
    expect(body).toMatch(/<wp:docPr [^>]*descr="Alt text for map"/)
    expect(docx.names.filter((n) => /^word\/media\/.+/.test(n))).toHaveLength(2)
    expect(body).toContain('Barnsley: 51.0 per 10,000 children on a child protection plan.')
    expect(body).toContain('Note: Ask about the 2024 fall')
    expect(body).toContain('Next steps for the team')
    const sourcesTable = body.slice(body.lastIndexOf('Sources'))
    expect(sourcesTable).toContain('<w:tbl>')
    expect(sourcesTable).toContain('Source: Ministry of Housing, Communities and Local Government, IoD2019.')
    expect(sourcesTable).toContain('Open Government Licence v3.0')
    // A4 pages, numbered in the footer.
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const footers = docx.names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(docx.text)
    expect(footers.some((xml) => xml.includes('PAGE'))).toBe(true)
  })
})

describe('the sources of a briefing', () => {
  it('lists each source once, in the order first cited, with the items that cite it', () => {
    expect(briefingSources(ITEMS)).toEqual([
      {
        source: 'Source: Department for Education, LAIT.',
        licence: LICENCE,
        items: [ITEMS[1]?.title, ITEMS[2]?.title],
      },
      {
        source: 'Source: Ministry of Housing, Communities and Local Government, IoD2019.',
        licence: LICENCE,
        items: [ITEMS[3]?.title],
      },
    ])
  })
})
