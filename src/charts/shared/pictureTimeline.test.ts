import { describe, expect, it } from 'vitest'
import type { ExportPicture } from './exportLayout'
import { pictureUpTo } from './pictureTimeline'

const picture: ExportPicture = {
  markup: '<path d="M50 10 L150 20 L250 30"/>',
  viewBox: { x: 0, y: 0, width: 300, height: 200 },
  legend: [],
  timeline: {
    top: 8,
    bottom: 172,
    steps: [
      { label: '2023', x: 50 },
      { label: '2024', x: 150 },
      { label: '2025', x: 250 },
    ],
  },
}

describe('playing a picture through its years', () => {
  it('covers the plot from half-way to the next year to the right edge, keeping the drawing under it', () => {
    const first = pictureUpTo(picture, 0)
    expect(first.markup.startsWith(picture.markup)).toBe(true)
    // Half-way between 2023 (x 50) and 2024 (x 150), to the picture's right edge (300), plot top to bottom.
    expect(first.markup).toContain('<rect x="100" y="8" width="200" height="164" fill="#ffffff"/>')
    expect(pictureUpTo(picture, 1).markup).toContain('<rect x="200" y="8" width="100" height="164"')
  })

  it('gives the whole picture at the last year, and for a picture without years', () => {
    expect(pictureUpTo(picture, 2)).toBe(picture)
    const still: ExportPicture = { markup: picture.markup, viewBox: picture.viewBox, legend: [] }
    expect(pictureUpTo(still, 0)).toBe(still)
  })
})
