import { svgToPng } from '../charts/shared/exportPicture'
import { briefingFileName, formatMadeOn, type BriefingDocument, type DocumentPicture } from './briefingDocument'
import type { Briefing } from './model'
import { renderItemPicture } from './renderItemPicture'

export type BriefingFormat = 'pptx' | 'docx'

const MIME: Record<BriefingFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/**
 * Makes the PowerPoint (slides at 16:9) or Word (A4) file of a briefing: every chart and map is drawn afresh from the
 * data through its view, on the slide or document canvas, as a PNG at 2×. The file libraries are loaded only now, in
 * chunks of their own. A picture that cannot be drawn stops the export with its title rather than leaving a gap.
 */
export async function exportBriefing(
  briefing: Briefing,
  format: BriefingFormat,
  link: string,
  progress: (message: string) => void,
): Promise<{ blob: Blob; fileName: string }> {
  const build =
    format === 'pptx' ? import('./pptx').then((m) => m.buildPptx) : import('./docx').then((m) => m.buildDocx)
  // Loaded while the pictures are drawn; a failure to load is reported where it is awaited, below.
  build.catch(() => undefined)
  const drawn = briefing.items.filter((i) => i.kind === 'chart' || i.kind === 'map')
  const items: BriefingDocument['items'][number][] = []
  for (const item of briefing.items) {
    if (item.kind !== 'chart' && item.kind !== 'map') {
      items.push({ item, picture: null })
      continue
    }
    progress(`Drawing picture ${drawn.indexOf(item) + 1} of ${drawn.length} from the data…`)
    const svg = await renderItemPicture(item, format === 'pptx' ? 'slide' : 'document')
    const png = await svgToPng(svg.markup, svg.width, svg.height, 2)
    const picture: DocumentPicture = {
      png: new Uint8Array(await png.arrayBuffer()),
      width: svg.width,
      height: svg.height,
      description: svg.description,
    }
    items.push({ item, picture })
  }
  progress(`Writing the ${format === 'pptx' ? 'PowerPoint' : 'Word'} file…`)
  const bytes = await (await build)({ name: briefing.name, madeOn: formatMadeOn(new Date()), link, items })
  return { blob: new Blob([bytes], { type: MIME[format] }), fileName: briefingFileName(briefing, format) }
}
