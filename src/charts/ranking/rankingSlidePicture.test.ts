import { describe, expect, it } from 'vitest'
import type { MeasureText } from '../shared/exportLayout'
import { buildRankingModel, type RankingInput } from './buildRankingModel'
import { rankingSlidePicture, SLIDE_MAX_BARS, SLIDE_RANKING } from './rankingSlidePicture'

// An estimate of Arial's widths (0.55 of the size per character), the same for every test run.
const measure: MeasureText = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55)
const spec = { unit: 'rate per 10,000' as const, decimals: 0 }
const row = (label: string, value: number | null, isSelected = false): RankingInput => ({
  areaCode: label,
  label,
  value,
  flag: value === null ? 'c' : null,
  isSelected,
})

/** The drawn text elements with their x, y, size and anchor, read back from the markup. */
function texts(markup: string) {
  return [...markup.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g)].map(
    (m) => ({ x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), attrs: m[4] ?? '', text: m[5] ?? '' }),
  )
}
const rects = (markup: string) =>
  [...markup.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    x: Number(m[1]),
    width: Number(m[3]),
  }))

describe('the ranking laid out for a slide', () => {
  const neighbours = buildRankingModel(
    [
      row('Redcar and Cleveland', 113),
      row('Gateshead', 105),
      row('Tameside', 98),
      row('Durham', 97),
      row('Telford and Wrekin', 89),
      row('Dudley', 81),
      row('Wakefield', 77),
      row('Sunderland', 65),
      row('Rotherham', 64),
      row('Doncaster', 58),
      row('Barnsley', 56, true),
    ],
    {
      order: 'highest-first',
      references: [{ key: 'expected', label: 'Average deprivation', value: 68, kind: 'group' }],
    },
  )

  it('writes every text at the slide size, names right-aligned before the bars start', () => {
    const picture = rankingSlidePicture(neighbours, spec, [], measure)
    const all = texts(picture.markup)
    expect(new Set(all.map((t) => t.size))).toEqual(new Set([SLIDE_RANKING.fontSize]))
    const names = all.filter((t) => t.attrs.includes('text-anchor="end"'))
    expect(names.map((t) => t.text)).toContain('11. Barnsley')
    const barsStart = Math.min(...rects(picture.markup).map((r) => r.x))
    for (const name of names) expect(name.x).toBeLessThan(barsStart)
    // The selected authority's name is bold; the others are not.
    expect(names.find((t) => t.text === '11. Barnsley')?.attrs).toContain('font-weight="700"')
    expect(names.find((t) => t.text === '1. Redcar and Cleveland')?.attrs).not.toContain('font-weight')
  })

  it('fits the deck canvas picture box: 936 wide and no taller than 420, wider than tall', () => {
    const { viewBox } = rankingSlidePicture(neighbours, spec, [], measure)
    expect(viewBox.width).toBe(936)
    expect(viewBox.height).toBeLessThanOrEqual(SLIDE_RANKING.height)
    expect(viewBox.width / viewBox.height).toBeGreaterThan(2)
  })

  it('draws bars to scale from zero and labels the reference line', () => {
    const picture = rankingSlidePicture(neighbours, spec, [], measure)
    const bars = rects(picture.markup)
    const redcar = bars[0]
    const barnsley = bars[10]
    expect(redcar && barnsley && barnsley.width / redcar.width).toBeCloseTo(56 / 113, 2)
    expect(texts(picture.markup).map((t) => t.text)).toContain('Average deprivation')
  })

  it('keeps the top and bottom five and the selected authority when there are more than fit, saying how many are left out', () => {
    const many = buildRankingModel(
      Array.from({ length: 30 }, (_, i) => row(`Authority ${String(i + 1).padStart(2, '0')}`, 100 - i, i === 14)),
      { order: 'highest-first' },
    )
    const picture = rankingSlidePicture(many, spec, [], measure)
    const drawnBars = rects(picture.markup).length
    expect(drawnBars).toBeLessThanOrEqual(SLIDE_MAX_BARS)
    expect(texts(picture.markup).map((t) => t.text)).toContain('15. Authority 15')
    expect(picture.markup).toMatch(/… \d+ not drawn \(in the table\) …/)
  })

  it('shows a missing figure as its reason, never as a bar', () => {
    const model = buildRankingModel([row('A', 10), row('B', null, true)], { order: 'highest-first' })
    const picture = rankingSlidePicture(model, spec, [], measure)
    expect(rects(picture.markup)).toHaveLength(1)
    expect(texts(picture.markup).some((t) => /suppressed|confidential/i.test(t.text))).toBe(true)
  })
})
