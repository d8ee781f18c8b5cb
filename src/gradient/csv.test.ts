import { describe, expect, it } from 'vitest'
import { parseDelimited, TableReadError } from './csv'

describe('parseDelimited', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks; CRLF; a byte-order mark', () => {
    expect(parseDelimited('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', '3'],
    ])
  })

  it('detects semicolons and tabs from the header', () => {
    expect(parseDelimited('lsoa_code;cpp\nE01000001;"1,5"\n')).toEqual([
      ['lsoa_code', 'cpp'],
      ['E01000001', '1,5'],
    ])
    expect(parseDelimited('lsoa_code\tcpp\nE01000001\t4')).toEqual([
      ['lsoa_code', 'cpp'],
      ['E01000001', '4'],
    ])
  })

  it('an unclosed quote names its row', () => {
    expect(() => parseDelimited('a,b\n1,"open\n')).toThrow(
      new TableReadError('Row 2: a quoted cell is never closed (a missing ").'),
    )
  })
})
