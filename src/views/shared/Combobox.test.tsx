// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Combobox, type ComboboxGroup } from './Combobox'

// jsdom lays nothing out, so it has no scrollIntoView: record the calls instead.
const scrolled = vi.fn()
Element.prototype.scrollIntoView = function (this: Element) {
  scrolled(this.id)
}
afterEach(() => {
  cleanup()
  scrolled.mockClear()
})

const TOPICS: ComboboxGroup<string>[] = [
  {
    key: 'fruit',
    label: 'Fruit',
    options: ['apple', 'pear'].map((v) => ({ key: v, value: v, label: v, chosen: v === 'pear' })),
  },
  { key: 'veg', label: 'Vegetables', options: [{ key: 'leek', value: 'leek', label: 'leek', detail: 'A green one' }] },
]
/** Everything when nothing is typed, else the options whose name starts with the query. */
const optionsFor = (query: string) =>
  TOPICS.map((g) => ({ ...g, options: g.options.filter((o) => o.label.startsWith(query)) })).filter(
    (g) => g.options.length > 0,
  )

function renderPicker(props: { chosenText?: string; onChoose?: (v: string) => void } = {}) {
  render(
    <Combobox
      id="food"
      label="Food"
      hint="Type or browse"
      listLabel="Foods"
      noun={['food', 'foods']}
      optionsFor={optionsFor}
      onChoose={props.onChoose ?? (() => {})}
      noMatch={(q) => `Nothing called ${q}`}
      chosenText={'chosenText' in props ? props.chosenText : 'pear'}
    />,
  )
  return screen.getByRole('combobox', { name: 'Food' })
}
const activeLabel = (input: HTMLElement) =>
  document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.querySelector('strong')?.textContent

describe('Combobox', () => {
  it('is a labelled, described combobox controlling a listbox, closed until asked', () => {
    const input = renderPicker()
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('Type or browse').id)
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '')
    expect(list?.getAttribute('role')).toBe('listbox')
    expect(list?.getAttribute('aria-label')).toBe('Foods')
    expect(input).toHaveProperty('value', 'pear')
  })

  it('Down opens the list on the first option and moves on, wrapping; Up moves back; Home and End jump', () => {
    const input = renderPicker()
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(activeLabel(input)).toBe('apple')
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(activeLabel(input)).toBe('pear')
    // The active option is scrolled into view in a long list.
    expect(scrolled).toHaveBeenLastCalledWith(input.getAttribute('aria-activedescendant'))
    fireEvent.keyDown(input, { key: 'End' })
    expect(activeLabel(input)).toBe('leek')
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(activeLabel(input)).toBe('apple')
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    expect(activeLabel(input)).toBe('leek')
    fireEvent.keyDown(input, { key: 'Home' })
    expect(activeLabel(input)).toBe('apple')
    expect(screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1)
  })

  it('groups options under their headings and marks the current choice', () => {
    renderPicker()
    const groups = screen.getAllByRole('group', { hidden: true })
    expect(
      groups.map((g) => g.getAttribute('aria-labelledby')).map((id) => document.getElementById(id ?? '')?.textContent),
    ).toEqual(['Fruit', 'Vegetables'])
    expect(screen.getByText('(chosen)', { exact: false }).parentElement?.textContent).toBe('pear (chosen)')
  })

  it('Enter chooses the active option, or the best match when none is active, and puts the choice back', () => {
    const onChoose = vi.fn()
    const input = renderPicker({ onChoose })
    fireEvent.change(input, { target: { value: 'le' } })
    expect(screen.getByRole('status').textContent).toBe('1 food matches; use the up and down arrows to choose')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onChoose).toHaveBeenLastCalledWith('leek')
    expect(input).toHaveProperty('value', 'pear')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onChoose).toHaveBeenLastCalledWith('pear')
  })

  it('a mouse press on an option chooses it', () => {
    const onChoose = vi.fn()
    const input = renderPicker({ onChoose })
    fireEvent.click(input)
    fireEvent.mouseDown(screen.getByRole('option', { name: /leek/ }))
    expect(onChoose).toHaveBeenCalledWith('leek')
  })

  it('Escape closes the list, then restores the choice; leaving the box restores it too', () => {
    const input = renderPicker()
    fireEvent.change(input, { target: { value: 'ap' } })
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input).toHaveProperty('value', 'ap')
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(input).toHaveProperty('value', 'pear')
    fireEvent.change(input, { target: { value: 'ap' } })
    fireEvent.blur(input)
    expect(input).toHaveProperty('value', 'pear')
  })

  it('as a search box it keeps what was typed on leaving, and Escape twice clears it', () => {
    const input = renderPicker({ chosenText: undefined })
    expect(input).toHaveProperty('value', '')
    fireEvent.change(input, { target: { value: 'ap' } })
    fireEvent.blur(input)
    expect(input).toHaveProperty('value', 'ap')
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(input).toHaveProperty('value', '')
  })

  it('says so when nothing matches, and the list stays closed', () => {
    const input = renderPicker()
    fireEvent.change(input, { target: { value: 'zz' } })
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(screen.getByText('Nothing called zz')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('No foods match')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(input).toHaveProperty('value', 'zz')
  })
})
