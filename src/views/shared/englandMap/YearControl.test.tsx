// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { YearControl } from './YearControl'

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
})
