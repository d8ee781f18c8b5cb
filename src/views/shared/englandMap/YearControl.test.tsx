// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PLAY_SPEEDS, YearControl } from './YearControl'

afterEach(cleanup)
const YEARS = [2015, 2019]

describe('YearControl', () => {
  it('steps only through the years with figures, skipping gaps', () => {
    const onChange = vi.fn()
    render(<YearControl id="y" years={YEARS} value={2019} format={String} onChange={onChange} />)
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }))
    expect(onChange).toHaveBeenCalledWith(2015)
    expect(screen.getByRole('button', { name: 'Next year' })).toHaveProperty('disabled', true)
  })
  it('names the slider and gives its value as a year, not an index', () => {
    render(<YearControl id="y" years={YEARS} value={2015} format={(y) => `IMD ${y}`} onChange={() => {}} />)
    const slider = screen.getByRole('slider', { name: /Year/ })
    expect(slider.getAttribute('aria-valuetext')).toBe('IMD 2015')
    expect(screen.getByRole('button', { name: 'Previous year' })).toHaveProperty('disabled', true)
  })
  it('moving the slider reports the year at that position', () => {
    const onChange = vi.fn()
    render(<YearControl id="y" years={YEARS} value={2015} format={String} onChange={onChange} />)
    fireEvent.change(screen.getByRole('slider'), { target: { value: '1' } })
    expect(onChange).toHaveBeenCalledWith(2019)
  })
  it('renders nothing for an indicator without years', () => {
    const { container } = render(<YearControl id="y" years={[]} value={2015} format={String} onChange={() => {}} />)
    expect(container.innerHTML).toBe('')
  })
  it('plays through the years on a timer, the year shown large, and stops at the last', () => {
    vi.useFakeTimers()
    try {
      const seen: number[] = []
      function Played() {
        const [year, setYear] = useState(2016)
        return (
          <YearControl
            id="y"
            years={[2016, 2017, 2018]}
            value={year}
            format={String}
            onChange={(y) => {
              seen.push(y)
              setYear(y)
            }}
          />
        )
      }
      render(<Played />)
      fireEvent.click(screen.getByRole('button', { name: 'Play through the years' }))
      expect(screen.getByTestId('playing-year').textContent).toBe('2016')
      const normal = PLAY_SPEEDS[1].ms
      act(() => void vi.advanceTimersByTime(normal))
      expect(screen.getByTestId('playing-year').textContent).toBe('2017')
      fireEvent.change(screen.getByLabelText('Speed'), { target: { value: String(PLAY_SPEEDS[2].ms) } })
      act(() => void vi.advanceTimersByTime(PLAY_SPEEDS[2].ms))
      act(() => void vi.advanceTimersByTime(PLAY_SPEEDS[2].ms))
      expect(seen).toEqual([2017, 2018])
      expect(screen.queryByTestId('playing-year')).toBeNull()
      expect(screen.getByRole('button', { name: 'Play through the years' })).toBeTruthy()
      // At the last year, Play starts again from the first.
      fireEvent.click(screen.getByRole('button', { name: 'Play through the years' }))
      expect(seen.at(-1)).toBe(2016)
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
      act(() => void vi.advanceTimersByTime(normal * 3))
      expect(seen.at(-1)).toBe(2016)
    } finally {
      vi.useRealTimers()
    }
  })
})
