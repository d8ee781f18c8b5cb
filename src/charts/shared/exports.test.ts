import { describe, expect, it } from 'vitest'
import { buildCsv, slugify } from './buildCsv'
import { composeExportSvg, wrapText } from './composeExportSvg'

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
})

describe('slugify', () => {
  it('makes a safe lower-case file name', () => {
    expect(slugify('Children looked after: Kingston Upon Hull, City of (2025)')).toBe(
      'children-looked-after-kingston-upon-hull-city-of-2025',
    )
    expect(slugify('***')).toBe('chart')
  })
})

describe('composeExportSvg', () => {
  it('puts the title, the chart and the source and licence lines inside one standalone SVG, escaped', () => {
    const svg = composeExportSvg('<circle r="1"/>', 600, 300, {
      title: 'Rates <2025> & more',
      sourceLine: 'Source: DfE',
      licenceLine: 'Open Government Licence v3.0',
    })
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('Rates &lt;2025&gt; &amp; more')
    expect(svg).toContain('<circle r="1"/>')
    expect(svg).toContain('Source: DfE')
    expect(svg).toContain('Open Government Licence v3.0')
    expect(svg.indexOf('Rates')).toBeLessThan(svg.indexOf('<circle'))
    expect(svg.indexOf('<circle')).toBeLessThan(svg.indexOf('Source: DfE'))
  })

  it('wraps long text at word boundaries', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('', 10)).toEqual([])
  })
})
