// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { StateNotice } from '../../state/dashboardState'
import { MAX_NOTICE_LENGTH, StateNotices } from './StateNotices'

const notice = (value: string): StateNotice => ({
  key: 'compare',
  value,
  message: `No local authority has the code "${value}"; left out.`,
})

describe('StateNotices', () => {
  afterEach(cleanup)

  it('shows 20,000 identical notices once, with their count', () => {
    render(<StateNotices notices={Array.from({ length: 20_000 }, () => notice('X'))} />)
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'No local authority has the code "X"; left out. (20,000 times)',
    ])
  })

  it('shortens a notice that echoes a 100 KB value', () => {
    render(<StateNotices notices={[notice('A'.repeat(100_000))]} />)
    const text = screen.getByRole('listitem').textContent ?? ''
    expect(text).toHaveLength(MAX_NOTICE_LENGTH)
    expect(text.endsWith('…')).toBe(true)
  })

  it('lists ten different notices and counts the rest', () => {
    render(<StateNotices notices={Array.from({ length: 25 }, (_, i) => notice(`E0${i}`))} />)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(11)
    expect(items[10]?.textContent).toBe('and 15 more problems with this link.')
  })
})
