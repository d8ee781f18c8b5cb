import { describe, expect, it } from 'vitest'
import { buildGradientModel, type GradientInput } from './buildGradientModel'

const inputs: GradientInput[] = Array.from({ length: 25 }, (_, i) => ({
  areaCode: `A${String(i).padStart(2, '0')}`,
  label: `A${i}`,
  deprivation: i,
  value: i === 24 ? null : i * 2,
}))

describe('buildGradientModel', () => {
  it('splits authorities into ten groups by score, most deprived first, sizes differing by at most one', () => {
    const model = buildGradientModel(inputs, 'A05')
    expect(model.groups).toHaveLength(10)
    expect(model.groups.map((g) => g.members)).toEqual([2, 3, 2, 3, 2, 3, 2, 3, 2, 3])
    expect(model.groups[0]?.scoreRange).toEqual([23, 24])
    expect(model.groups[9]?.areaCodes).toEqual(['A02', 'A01', 'A00'])
  })

  it('takes the mean of the authorities with a value and counts them', () => {
    const model = buildGradientModel(inputs, null)
    expect(model.groups[0]).toMatchObject({ mean: 46, withData: 1, members: 2 })
    expect(model.groups[9]?.mean).toBe(2)
    expect(model.selectedDecile).toBeNull()
  })

  it('marks the decile and value of the selected authority', () => {
    const model = buildGradientModel(inputs, 'A05')
    expect(model.selectedDecile).toBe(8)
    expect(model.selectedValue).toBe(10)
  })

  it('copes with fewer than ten or no scored authorities', () => {
    expect(buildGradientModel(inputs.slice(0, 3), null).groups.map((g) => g.members)).toEqual([1, 1, 1])
    const none = buildGradientModel([{ areaCode: 'X', label: 'X', deprivation: null, value: 3 }], 'X')
    expect(none.groups).toEqual([])
    expect(none.selectedDecile).toBeNull()
  })
})
