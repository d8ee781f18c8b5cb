// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, waitFor } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { testArea } from '../testing/testAreas'
import { testIndicator } from '../testing/testIndicator'
import { useDashboardState, type DashboardStateHandle } from './useDashboardState'

function setUp(initialUrl: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  client.setQueryData(['areas'], [testArea('E09000001')])
  client.setQueryData(['indicators'], [testIndicator('cla_rate')])
  client.setQueryData(['manifest'], { coverage: { cla_rate: { first: 2010, last: 2025 } } })
  const probe: { handle: DashboardStateHandle | null } = { handle: null }
  function Probe() {
    probe.handle = useDashboardState()
    return null
  }
  const router = createMemoryRouter([{ path: '/data', element: <Probe /> }], { initialEntries: [initialUrl] })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  const handle = () => {
    if (!probe.handle) throw new Error('the probe has not rendered')
    return probe.handle
  }
  return { handle, router }
}

describe('useDashboardState update', () => {
  it('keeps both of two changes made before the first navigation has rendered', async () => {
    const { handle, router } = setUp('/data?indicator=cla_rate')
    await waitFor(() => expect(handle().status).toBe('ready'))
    const { update } = handle()
    act(() => {
      // The same rendered handle twice, as two quick changes in the page do.
      update({ from: 2012 })
      update((latest) => ({ to: Math.max(latest.from ?? 2010, 2014) }))
    })
    await waitFor(() => expect(router.state.location.search).toBe('?from=2012&to=2014'))
    expect(handle().state.from).toBe(2012)
    expect(handle().state.to).toBe(2014)
  })

  it('builds on the rendered URL once the navigation has caught up', async () => {
    const { handle, router } = setUp('/data?indicator=cla_rate&from=2011')
    await waitFor(() => expect(handle().status).toBe('ready'))
    act(() => handle().update({ to: 2013 }))
    await waitFor(() => expect(handle().state.to).toBe(2013))
    act(() => handle().update({ from: null }))
    await waitFor(() => expect(router.state.location.search).toBe('?to=2013'))
  })
})
