import { describe, expect, it } from 'vitest'
import { buildCsv, exportFileName, slugify } from './buildCsv'
import {
  BESIDE_MAX_WIDTH,
  EXPORT_CANVASES,
  estimateTextWidth,
  layoutBeside,
  layoutExport,
  legendLabelX,
  renderExportSvg,
  wrapByWidth,
  type ExportFrame,
  type ExportLegendEntry,
} from './exportLayout'

describe('buildCsv', () => {
  it('writes the header, rows with empty cells for null, and the notes after a blank line', () => {
    expect(
      buildCsv(
        ['area', 'value'],
        [
          ['Leeds', 12.5],
          ['York', null],
        ],
        ['Source: DfE'],
      ),
    ).toBe('area,value\r\nLeeds,12.5\r\nYork,\r\n\r\nSource: DfE\r\n')
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(buildCsv(['name'], [['Kingston Upon Hull, City of'], ['say "hi"']], [])).toBe(
      'name\r\n"Kingston Upon Hull, City of"\r\n"say ""hi"""\r\n',
    )
  })

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(buildCsv(['x'], [['=HYPERLINK("x")'], [-3]], [])).toBe('x\r\n"\'=HYPERLINK(""x"")"\r\n-3\r\n')
  })

  it('writes numbers at each column’s published precision, without float noise', () => {
    expect(
      buildCsv(
        ['area', 'rate', 'rank'],
        [
          ['Neighbours', 54.06999999999999, 3],
          ['Barnsley', 51, -2],
          ['England', -0.04999, null],
        ],
        [],
        [null, 1, null],
      ),
    ).toBe('area,rate,rank\r\nNeighbours,54.1,3\r\nBarnsley,51.0,-2\r\nEngland,-0.0,\r\n')
  })

  it('defuses a cell that starts with a tab or a carriage return (spreadsheets strip them, then run the rest)', () => {
    expect(buildCsv(['x'], [['\t=1+1'], ['\r=1+1']], [])).toBe('x\r\n\'\t=1+1\r\n"\'\r=1+1"\r\n')
  })
})

describe('file names', () => {
  it('makes a safe lower-case file name from a title, never cut short', () => {
    expect(slugify('Children looked after: Kingston Upon Hull, City of (2025)')).toBe(
      'children-looked-after-kingston-upon-hull-city-of-2025',
    )
    expect(slugify('***')).toBe('chart')
    const long = `${'Children on a child protection plan per 10,000: '.repeat(3)}England, 2010 to 2025`
    expect(slugify(long).endsWith('england-2010-to-2025')).toBe(true)
  })

  it('names downloads <authority>-<indicator>-<from>-<to>', () => {
    expect(
      exportFileName({ authority: 'Kingston upon Hull, City of', indicator: 'cla_rate', from: 2010, to: 2025 }, 'x'),
    ).toBe('kingston-upon-hull-city-of-cla-rate-2010-2025')
    expect(exportFileName({ authority: 'Barnsley', indicator: 'IMD score', from: 2019, to: 2019 }, 'x')).toBe(
      'barnsley-imd-score-2019',
    )
    expect(exportFileName({ indicator: 'cin_rate', from: 2024 }, 'x')).toBe('cin-rate-2024')
    expect(exportFileName(undefined, 'Spending, Leeds')).toBe('spending-leeds')
  })
})

const frame: ExportFrame = {
  title: 'Rates <2025> & more',
  sourceLine: 'Source: DfE',
  licenceLine: 'Open Government Licence v3.0',
  link: 'https://example.org/area/E08000016',
}
const legend: ExportLegendEntry[] = [
  { label: 'Barnsley', colour: '#1d70b8', mark: 'line' },
  { label: 'England', colour: '#0b0c0c', mark: 'dashed' },
]
const picture = { markup: '<circle r="1"/>', viewBox: { x: 0, y: 0, width: 640, height: 300 }, legend }

/** Boxes of every laid-out text line and legend entry: the estimate's width, Arial's ascent (0.905 em) and descent. */
function boxes(layout: ReturnType<typeof layoutExport>) {
  return [
    ...layout.texts.map((t) => ({
      left: t.x,
      right: t.x + estimateTextWidth(t.text, t.size, t.bold),
      top: t.y - t.size * 0.905,
      bottom: t.y + t.size * 0.212,
    })),
    ...layout.legend.map((e) => ({
      left: e.x,
      right: legendLabelX(e) + estimateTextWidth(e.label, e.size, false),
      top: e.y - e.size * 0.905,
      bottom: e.y + e.size * 0.212,
    })),
  ]
}

describe('layoutExport', () => {
  it('keeps every line inside the canvas and clear of the others and of the picture, however long the text', () => {
    const long: ExportFrame = {
      title: `Children on a child protection plan per 10,000 children: Kingston upon Hull, City of, its statistical neighbours and England, 2010 to 2025`,
      subtitle: 'Bournemouth, Christchurch and Poole; Herefordshire, County of; Bristol, City of',
      sourceLine: `Source: ${'Department for Education, Characteristics of children in need (2010 to 2025); '.repeat(4)}`,
      licenceLine: 'Contains public sector information licensed under the Open Government Licence v3.0.',
      link: `https://example.org/compare?areas=${'E06000010,'.repeat(20)}&ind=cpp_rate&from=2010&to=2025`,
    }
    const manyEntries = Array.from({ length: 14 }, (_, i) => ({
      label: `Statistical neighbour number ${i + 1} with a long name`,
      colour: '#1d70b8',
      mark: 'line' as const,
    }))
    for (const canvas of ['slide', 'document'] as const) {
      const layout = layoutExport(long, manyEntries, canvas, estimateTextWidth)
      const { width, height } = EXPORT_CANVASES[canvas]
      const all = boxes(layout)
      for (const b of all) {
        expect(b.left).toBeGreaterThanOrEqual(0)
        expect(b.right).toBeLessThanOrEqual(width)
        expect(b.top).toBeGreaterThanOrEqual(0)
        expect(b.bottom).toBeLessThanOrEqual(height)
        const p = layout.picture
        expect(b.bottom <= p.y || b.top >= p.y + p.height).toBe(true)
      }
      for (const [i, a] of all.entries())
        for (const [j, b] of all.slice(i + 1).entries()) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top
          expect(apart, `${i} and ${i + 1 + j}`).toBe(true)
        }
      expect(layout.picture.height).toBeGreaterThanOrEqual(EXPORT_CANVASES[canvas].height / 2)
    }
  })

  it('writes one standalone SVG: title, legend, the picture nested in its own viewBox, then source, licence and link', () => {
    const svg = renderExportSvg(layoutExport(frame, legend, 'slide', estimateTextWidth), picture)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"')).toBe(true)
    expect(svg).toContain('Rates &lt;2025&gt; &amp; more')
    expect(svg).toContain('viewBox="0 0 640 300" preserveAspectRatio="xMidYMid meet"')
    expect(svg.indexOf('Rates')).toBeLessThan(svg.indexOf('Barnsley'))
    expect(svg.indexOf('Barnsley')).toBeLessThan(svg.indexOf('stroke-dasharray'))
    for (const text of [
      'Source: DfE',
      'Open Government Licence v3.0',
      'Made with CSC Explorer: https://example.org/area/E08000016',
    ])
      expect(svg).toContain(text)
  })

  it('prints the link without what follows a #', () => {
    const kept = { ...frame, link: 'https://example.org/gradient/E08000016#result=g1.abcdef' }
    const svg = renderExportSvg(layoutExport(kept, legend, 'slide', estimateTextWidth), picture)
    expect(svg).toContain('Made with CSC Explorer: https://example.org/gradient/E08000016<')
    expect(svg).not.toContain('g1.abcdef')
  })

  it('wraps at word boundaries by width and breaks a word longer than the line', () => {
    const chars = (s: string) => s.length
    expect(wrapByWidth('one two three four', 9, chars)).toEqual(['one two', 'three', 'four'])
    expect(wrapByWidth('', 10, chars)).toEqual([])
    expect(wrapByWidth('abcdefghij xy', 4, chars)).toEqual(['abcd', 'efgh', 'ij', 'xy'])
  })
})

describe('layoutBeside (a map on a present-mode slide)', () => {
  const classes: ExportLegendEntry[] = [
    ...['27 to 47 (30)', '48 to 61 (28)', '62 to 74 (32)', '75 to 91 (29)', '92 to 184 (32)'].map((label) => ({
      label,
      colour: '#440154',
      mark: 'block' as const,
    })),
    { label: 'Suppressed (withheld by the publisher) (1)', colour: 'url(#p)', mark: 'block' },
  ]
  const note = "Colours keep 2025's classes in every year, so a change of colour is a change of figure."

  it('gives a tall map the full height, the legend and its note in a column to its right, inside the canvas', () => {
    const layout = layoutBeside(classes, note, 0.8, estimateTextWidth)
    const { x, y, width, height } = layout.picture
    expect(layout.height).toBe(EXPORT_CANVASES.deck.height)
    expect(height / layout.height).toBeGreaterThanOrEqual(0.95)
    expect(width / height).toBeCloseTo(0.8)
    expect(layout.width).toBeLessThan(BESIDE_MAX_WIDTH)
    const right = x + width
    for (const box of boxes(layout)) {
      expect(box.left).toBeGreaterThan(right)
      expect(box.right).toBeLessThanOrEqual(layout.width)
      expect(box.top).toBeGreaterThanOrEqual(y)
      expect(box.bottom).toBeLessThanOrEqual(y + height)
    }
    expect(layout.texts.map((t) => t.text).join(' ')).toBe(note)
    // Entries one under another, the note under them.
    const tops = [...layout.legend, ...layout.texts].map((t) => t.y)
    expect(tops).toEqual([...tops].sort((a, b) => a - b))
    expect(Math.min(...layout.legend.map((e) => e.size))).toBe(17)
  })

  it('keeps a wide map inside the widest canvas, shorter than the height rather than cut off', () => {
    const layout = layoutBeside(classes, '', 4, estimateTextWidth)
    expect(layout.width).toBeLessThanOrEqual(BESIDE_MAX_WIDTH)
    expect(layout.picture.width / layout.picture.height).toBeCloseTo(4)
    expect(layout.picture.height).toBeLessThan(layout.height / 2)
    for (const box of boxes(layout)) expect(box.left).toBeGreaterThan(layout.picture.x + layout.picture.width)
  })

  it('sets a long legend smaller so it fits the height', () => {
    const many = Array.from({ length: 24 }, (_, i) => ({
      label: `${i + 1} (3)`,
      colour: '#000',
      mark: 'block' as const,
    }))
    const layout = layoutBeside(many, '', 1, estimateTextWidth)
    const last = layout.legend[layout.legend.length - 1]
    expect(last?.y).toBeLessThanOrEqual(layout.height)
    expect(last?.size).toBeLessThan(17)
  })
})
