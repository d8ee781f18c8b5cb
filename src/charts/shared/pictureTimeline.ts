import type { ExportPicture } from './exportLayout'

/**
 * The picture as it stands at one year: everything after the year, between the plot's top and bottom, covered in
 * the paper's colour (the axes, legend and titles stay), so lines grow year by year. Half-way to the next year is the
 * edge, so the year's own dots are whole. The last step is the whole picture. Pure.
 */
export function pictureUpTo(picture: ExportPicture, step: number): ExportPicture {
  const steps = picture.timeline?.steps ?? []
  const next = steps[step + 1]
  const current = steps[step]
  if (!picture.timeline || !current || !next) return picture
  const cut = (current.x + next.x) / 2
  const right = picture.viewBox.x + picture.viewBox.width
  const { top, bottom } = picture.timeline
  const cover = `<rect x="${cut}" y="${top}" width="${right - cut}" height="${bottom - top}" fill="#ffffff"/>`
  return { ...picture, markup: picture.markup + cover }
}
