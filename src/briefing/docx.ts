import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { briefingSources, sourceAndLicence, type BriefingDocument } from './briefingDocument'

// Loaded only when a briefing is exported (its own chunk, with docx), never with the app.

/** The A4 text width with 2 cm margins, in the 96-per-inch pixels docx sizes pictures in. */
const TEXT_WIDTH_PX = Math.round(((210 - 2 * 20) / 25.4) * 96)
/** Page margins in twentieths of a point (2 cm). */
const MARGIN = 1134
const SECONDARY = '505A5F'

/**
 * An A4 Word document of the briefing: its name, when and where it was made, then each item in order (headings as
 * headings; charts and maps as figures with a numbered caption and alt text; the sentence; the user's note), and a
 * table of sources with their licence. Page numbers and the briefing's name in the footer. Returns the .docx bytes.
 */
export async function buildDocx(doc: BriefingDocument): Promise<ArrayBuffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: doc.name, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({ text: `Made with CSC Explorer on ${doc.madeOn} from published figures. `, color: SECONDARY }),
        new ExternalHyperlink({
          link: doc.link,
          children: [new TextRun({ text: 'Open this briefing', style: 'Hyperlink' })],
        }),
      ],
    }),
  ]
  let figure = 0
  for (const { item, picture } of doc.items) {
    if (item.kind === 'heading') {
      body.push(new Paragraph({ text: item.title, heading: HeadingLevel.HEADING_1, keepNext: true }))
      if (item.note) body.push(new Paragraph({ text: item.note }))
      continue
    }
    if (item.kind === 'note') {
      body.push(new Paragraph({ text: item.note }))
      continue
    }
    body.push(new Paragraph({ text: item.title, heading: HeadingLevel.HEADING_2, keepNext: true }))
    if (picture) {
      figure += 1
      const width = Math.min(TEXT_WIDTH_PX, picture.width)
      const height = Math.round((picture.height / picture.width) * width)
      body.push(
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: picture.png,
              transformation: { width, height },
              altText: { name: `Figure ${figure}`, title: item.title, description: picture.description },
            }),
          ],
        }),
        new Paragraph({
          style: 'Caption',
          keepNext: true,
          children: [new TextRun({ text: `Figure ${figure}: ${item.title}` })],
        }),
      )
    }
    if (item.sentence) body.push(new Paragraph({ text: item.sentence }))
    if (item.note) body.push(new Paragraph({ children: [new TextRun({ text: `Note: ${item.note}`, italics: true })] }))
    const cited = sourceAndLicence(item)
    if (cited) body.push(new Paragraph({ children: [new TextRun({ text: cited, size: 18, color: SECONDARY })] }))
  }

  const sources = briefingSources(doc.items.map((i) => i.item))
  body.push(new Paragraph({ text: 'Sources', heading: HeadingLevel.HEADING_1, keepNext: true }))
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] })
  body.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell('Source', true), cell('Licence', true), cell('Used for', true)],
        }),
        ...sources.map((s) => new TableRow({ children: [cell(s.source), cell(s.licence), cell(s.items.join('; '))] })),
      ],
    }),
  )

  const document = new Document({
    title: doc.name,
    creator: 'CSC Explorer',
    description: `Briefing made with CSC Explorer on ${doc.madeOn}`,
    // Space after each paragraph and before each heading, so items read apart (sizes in half-points, twips).
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 }, paragraph: { spacing: { after: 120 } } },
        heading1: { paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${doc.name} · CSC Explorer · page `, size: 16, color: SECONDARY }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: SECONDARY }),
                  new TextRun({ text: ' of ', size: 16, color: SECONDARY }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: SECONDARY }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  })
  return Packer.toArrayBuffer(document)
}
