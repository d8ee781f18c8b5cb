import { describe, expect, it } from 'vitest'
import { buildSvgMapPicture } from './svgMapPicture'
import { DARK_LABEL, LIGHT_LABEL } from './labelColour'

const square = (code: string, name: string, x: number) => ({
  code,
  name,
  box: [x, 0, x + 10, 10] as [number, number, number, number],
  d: `M${x} 0l10 0 0 10-10 0z`,
})

describe('buildSvgMapPicture', () => {
  const shapes = [square('A', 'Barking & Dagenham', 0), square('B', 'Barnet', 10)]
  const fills: Record<string, string> = { A: '#440154', B: '#fde725' }
  const legend = [{ fill: '#440154', label: 'High', count: 1 }]

  it('draws each shape in its fill with its name, the legend with counts, and the view around the shapes', () => {
    const picture = buildSvgMapPicture(shapes, (c) => fills[c], legend, 'Map of a measure')
    expect(picture.markup).toContain('fill="#440154"')
    expect(picture.markup).toContain('<title>Barking &amp; Dagenham</title>')
    expect(picture.markup).toContain('stroke-width="0.15"')
    expect(picture.markup).not.toContain('<text')
    expect(picture.legend).toEqual([{ label: 'High (1)', colour: '#440154', mark: 'block' }])
    expect(picture.viewBox).toEqual({ x: -4, y: -4, width: 28, height: 18 })
    expect(picture.description).toBe('Map of a measure')
  })

  it('writes labels on the shapes in the colour that reads on each fill, with the tiles’ thicker edges', () => {
    const picture = buildSvgMapPicture(shapes, (c) => fills[c], legend, 'Hex cartogram', {
      labels: [
        { code: 'A', x: 5, y: 5, text: 'BDA' },
        { code: 'B', x: 15, y: 5, text: 'B<R' },
      ],
      labelSize: 4,
      strokeWidth: 3,
    })
    expect(picture.markup).toContain('stroke-width="3"')
    expect(picture.markup).toContain(`font-size="4" font-weight="700" fill="${LIGHT_LABEL}">BDA</text>`)
    expect(picture.markup).toContain(`fill="${DARK_LABEL}">B&lt;R</text>`)
  })
})
