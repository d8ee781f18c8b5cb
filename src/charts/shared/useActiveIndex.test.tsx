// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import type { KeyboardEvent } from 'react'
import { describe, expect, it } from 'vitest'
import { useActiveIndex, type ArrowKeys } from './useActiveIndex'

function press(hook: { current: ReturnType<typeof useActiveIndex> }, key: string) {
  let prevented = false
  const event = { key, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent<SVGSVGElement>
  act(() => hook.current.onKeyDown(event))
  return prevented
}
const setUp = (count: number, arrows?: ArrowKeys) => renderHook(() => useActiveIndex(count, arrows)).result

describe('useActiveIndex', () => {
  it('starts with nothing active; right or down steps forward from the first mark and stops at the last', () => {
    const hook = setUp(3)
    expect(hook.current.active).toBeNull()
    press(hook, 'ArrowRight')
    expect(hook.current.active).toBe(0)
    press(hook, 'ArrowDown')
    press(hook, 'ArrowDown')
    press(hook, 'ArrowDown')
    expect(hook.current.active).toBe(2)
  })

  it('left or up steps back from the last mark and stops at the first; Home and End jump; Escape and clear reset', () => {
    const hook = setUp(3)
    press(hook, 'ArrowLeft')
    expect(hook.current.active).toBe(2)
    press(hook, 'ArrowUp')
    press(hook, 'ArrowUp')
    press(hook, 'ArrowUp')
    expect(hook.current.active).toBe(0)
    press(hook, 'End')
    expect(hook.current.active).toBe(2)
    press(hook, 'Home')
    expect(hook.current.active).toBe(0)
    press(hook, 'Escape')
    expect(hook.current.active).toBeNull()
    press(hook, 'End')
    act(() => hook.current.clear())
    expect(hook.current.active).toBeNull()
  })

  it('with horizontal arrows leaves up and down to the page (no preventDefault, no move)', () => {
    const hook = setUp(3, 'horizontal')
    expect(press(hook, 'ArrowDown')).toBe(false)
    expect(hook.current.active).toBeNull()
    expect(press(hook, 'ArrowRight')).toBe(true)
    expect(hook.current.active).toBe(0)
  })

  it('ignores keys it does not use, and every key when there are no marks', () => {
    const hook = setUp(3)
    expect(press(hook, 'Tab')).toBe(false)
    const empty = setUp(0)
    expect(press(empty, 'End')).toBe(false)
    expect(empty.current.active).toBeNull()
  })

  it('forgets an index the marks no longer reach when the count shrinks', () => {
    const { result, rerender } = renderHook(({ count }) => useActiveIndex(count), { initialProps: { count: 5 } })
    act(() => result.current.setActive(4))
    rerender({ count: 2 })
    expect(result.current.active).toBeNull()
  })
})
