import { describe, expect, it } from 'vitest'
import { compareNames } from './compareNames'

const collated = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'en-GB'))

describe('compareNames', () => {
  it('orders names as British English collation does, across case, spaces and punctuation', () => {
    const names = [
      'North Northamptonshire',
      'Northumberland',
      'North East Lincolnshire',
      'north tyneside',
      'Kingston upon Hull, City of',
      'Kingston upon Thames',
      'Herefordshire, County of',
      'Hertfordshire',
      'St. Helens',
      'Stockport',
      'Bath and North East Somerset',
      'Bedford',
      'City of London',
      'Cornwall',
      'Isles of Scilly',
      'Isle of Wight',
      'Richmond upon Thames',
      'Redcar and Cleveland',
    ]
    expect([...names].sort(compareNames)).toEqual(collated(names))
  })

  it('leaves names with other letters to the collation', () => {
    const names = ['Ynys Môn', 'Ynys Mon', 'Wrexham', 'Öland']
    expect([...names].sort(compareNames)).toEqual(collated(names))
  })

  it('gives 0 only for the same name', () => {
    expect(compareNames('Barnsley', 'Barnsley')).toBe(0)
    expect(compareNames('barnsley', 'Barnsley')).not.toBe(0)
  })
})
