import { describe, expect, it } from 'vitest'
import { deckActionOf, headlineOf, jumpTarget, slideFromHash } from './deckKeys'

describe('present-mode keys', () => {
  it('maps keyboards and clickers to moves', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(deckActionOf(key)).toEqual({ type: 'next' })
    for (const key of ['ArrowLeft', 'PageUp']) expect(deckActionOf(key)).toEqual({ type: 'previous' })
    expect(deckActionOf('Home')).toEqual({ type: 'first' })
    expect(deckActionOf('End')).toEqual({ type: 'last' })
    expect(deckActionOf('7')).toEqual({ type: 'digit', digit: '7' })
    expect(deckActionOf('Enter')).toEqual({ type: 'jump' })
    expect(deckActionOf('f')).toEqual({ type: 'fullscreen' })
    expect(deckActionOf('c')).toEqual({ type: 'contrast' })
    expect(deckActionOf('p')).toEqual({ type: 'play' })
    expect(deckActionOf('Escape')).toEqual({ type: 'leave' })
    expect(deckActionOf('x')).toBeNull()
    expect(deckActionOf('Tab')).toBeNull()
  })

  it('reads the slide from the address, kept within the deck', () => {
    expect(slideFromHash('#3', 10)).toBe(3)
    expect(slideFromHash('', 10)).toBe(1)
    expect(slideFromHash('#0', 10)).toBe(1)
    expect(slideFromHash('#99', 10)).toBe(10)
    expect(slideFromHash('#b=abc', 10)).toBe(1)
    expect(slideFromHash('#2', 0)).toBe(1)
  })

  it('jumps only to a slide the deck has', () => {
    expect(jumpTarget('4', 10)).toBe(4)
    expect(jumpTarget('', 10)).toBeNull()
    expect(jumpTarget('0', 10)).toBeNull()
    expect(jumpTarget('11', 10)).toBeNull()
  })

  it('takes the first sentence as the headline, not stopping at decimals or initials', () => {
    expect(headlineOf('Barnsley, at 31 March 2025: 51.0 per 10,000, lower than (57.4). It has fallen.')).toBe(
      'Barnsley, at 31 March 2025: 51.0 per 10,000, lower than (57.4).',
    )
    expect(headlineOf('One sentence only')).toBe('One sentence only')
  })
})
