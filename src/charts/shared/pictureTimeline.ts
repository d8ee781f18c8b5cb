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

/**
 * A chart's title as it stands at a year it is played to: the last span of years it names ("2010 to 2025", as every
 * trend's title ends, perhaps before a suffix) ends at that year instead ("2010 to 2014"; "2010" at its first year).
 * A title naming no such span, or a year outside it, is kept. Pure.
 */
export function titleUpTo(title: string, year: string): string {
  const spans = [...title.matchAll(/(\d{4}) to (\d{4})/g)]
  const span = spans.at(-1)
  if (!span || !/^\d{4}$/.test(year)) return title
  const [whole, first = '', last = ''] = span
  if (year < first || year > last) return title
  const at = span.index
  return title.slice(0, at) + (year === first ? first : `${first} to ${year}`) + title.slice(at + whole.length)
}
