import PptxGenJS from 'pptxgenjs'
import { briefingSources, sourceAndLicence, type BriefingDocument, type DocumentPicture } from './briefingDocument'

// Loaded only when a briefing is exported (its own chunk, with pptxgenjs), never with the app.

/** The 16:9 slide in inches (pptxgenjs's LAYOUT_16x9), its margin and the house colours. */
const SLIDE = { width: 10, height: 5.625, margin: 0.4 }
const INK = '0B0C0C'
const SECONDARY = '505A5F'
const FONT = 'Arial'

const base64 = (bytes: Uint8Array) => {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The largest box of the picture's proportions inside w × h, centred in it. */
function fitPicture(picture: DocumentPicture, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / picture.width, box.h / picture.height)
  const w = picture.width * scale
  const h = picture.height * scale
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }
}

/**
 * A 16:9 PowerPoint deck of the briefing: a title slide, one slide per item (its title, the chart or map as a PNG at
 * 2× with its alt text, the generated sentence, source and licence in the footer, the user's note as speaker notes),
 * and a sources slide. Returns the .pptx bytes.
 */
export async function buildPptx(doc: BriefingDocument): Promise<ArrayBuffer> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_16x9'
  pptx.title = doc.name
  pptx.company = 'CSC Explorer'
  pptx.subject = `Briefing made with CSC Explorer on ${doc.madeOn}`
  const inner = SLIDE.width - 2 * SLIDE.margin
  const text = { fontFace: FONT, color: INK, margin: 0 }

  const title = pptx.addSlide()
  title.addText(doc.name, { ...text, x: SLIDE.margin, y: 1.5, w: inner, h: 1.2, fontSize: 36, bold: true })
  title.addText(`Made with CSC Explorer on ${doc.madeOn} from published figures.`, {
    ...text,
    x: SLIDE.margin,
    y: 2.8,
    w: inner,
    h: 0.5,
    fontSize: 16,
    color: SECONDARY,
  })
  title.addText([{ text: 'Open this briefing', options: { hyperlink: { url: doc.link } } }], {
    ...text,
    x: SLIDE.margin,
    y: 3.4,
    w: inner,
    h: 0.4,
    fontSize: 14,
  })

  for (const { item, picture } of doc.items) {
    const slide = pptx.addSlide()
    if (item.note) slide.addNotes(item.note)
    if (item.kind === 'heading') {
      slide.addText(item.title, { ...text, x: SLIDE.margin, y: 2, w: inner, h: 1.2, fontSize: 32, bold: true })
      continue
    }
    if (item.kind === 'note') {
      slide.addText('Note', { ...text, x: SLIDE.margin, y: 0.3, w: inner, h: 0.6, fontSize: 24, bold: true })
      slide.addText(item.note, { ...text, x: SLIDE.margin, y: 1.1, w: inner, h: 3.8, fontSize: 18, valign: 'top' })
      continue
    }
    slide.addText(item.title, {
      ...text,
      x: SLIDE.margin,
      y: 0.25,
      w: inner,
      h: 0.75,
      fontSize: 18,
      bold: true,
      valign: 'top',
      fit: 'shrink',
    })
    const footer = sourceAndLicence(item)
    if (footer)
      slide.addText(footer, {
        ...text,
        x: SLIDE.margin,
        y: 4.6,
        w: inner,
        h: 0.85,
        fontSize: 8,
        color: SECONDARY,
        valign: 'bottom',
        fit: 'shrink',
      })
    if (picture) {
      const box = fitPicture(picture, { x: SLIDE.margin, y: 1.1, w: 6.1, h: 3.4 })
      slide.addImage({ data: `data:image/png;base64,${base64(picture.png)}`, ...box, altText: picture.description })
      slide.addText(item.sentence, {
        ...text,
        x: 6.7,
        y: 1.1,
        w: SLIDE.width - 6.7 - SLIDE.margin,
        h: 3.4,
        fontSize: 13,
        valign: 'top',
        fit: 'shrink',
      })
    } else
      slide.addText(item.sentence, {
        ...text,
        x: SLIDE.margin,
        y: 1.3,
        w: inner,
        h: 3.1,
        fontSize: 22,
        valign: 'top',
        fit: 'shrink',
      })
  }

  const sources = pptx.addSlide()
  sources.addText('Sources', { ...text, x: SLIDE.margin, y: 0.3, w: inner, h: 0.6, fontSize: 24, bold: true })
  const cited = briefingSources(doc.items.map((i) => i.item))
  const licences = [...new Set(cited.map((c) => c.licence))]
  sources.addText(
    [
      ...cited.map((c) => ({ text: c.source, options: { bullet: true, breakLine: true } })),
      ...licences.map((l) => ({ text: l, options: { breakLine: true, color: SECONDARY } })),
      { text: `Made with CSC Explorer on ${doc.madeOn}. `, options: { color: SECONDARY } },
      { text: 'Open this briefing', options: { hyperlink: { url: doc.link } } },
    ],
    { ...text, x: SLIDE.margin, y: 1.0, w: inner, h: 4.3, fontSize: 10, valign: 'top', fit: 'shrink' },
  )
  return (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer
}
