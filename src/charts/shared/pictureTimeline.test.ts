import { describe, expect, it } from 'vitest'
import type { ExportPicture } from './exportLayout'
import { pictureUpTo, titleUpTo } from './pictureTimeline'

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

describe("a played chart's title", () => {
  const title = 'Children looked after rate: Barnsley, its statistical neighbours and England, 2010 to 2025'

  it('ends its span of years at the year shown, and names the first year alone', () => {
    expect(titleUpTo(title, '2014')).toBe(
      'Children looked after rate: Barnsley, its statistical neighbours and England, 2010 to 2014',
    )
    expect(titleUpTo(title, '2010')).toBe(
      'Children looked after rate: Barnsley, its statistical neighbours and England, 2010',
    )
    expect(titleUpTo(title, '2025')).toBe(title)
  })

  it('keeps what follows the span, and changes only the last span named', () => {
    expect(titleUpTo('Rate, 2015 to 2024 (2010 to 2024 for England), relative to England', '2016')).toBe(
      'Rate, 2015 to 2024 (2010 to 2016 for England), relative to England',
    )
  })

  it('keeps a title with no span, and a year outside the span or not a year', () => {
    expect(titleUpTo('Children in need rate, 2024', '2020')).toBe('Children in need rate, 2024')
    expect(titleUpTo(title, '2009')).toBe(title)
    expect(titleUpTo(title, '2026')).toBe(title)
    expect(titleUpTo(title, '2017-18')).toBe(title)
  })
})
