import { describe, expect, it } from 'vitest'
import { combineLoads, loadOf, loadOfDashboard } from './pageLoad'

const query = (state: 'pending' | 'error' | 'ready', retried: string[], name: string) => ({
  isPending: state === 'pending',
  error: state === 'error' ? new Error(`${name} failed`) : null,
  refetch: () => retried.push(name),
})

describe('loadOf', () => {
  it('is pending while any request is, fails with the first error, and retries only the failed requests', () => {
    const retried: string[] = []
    const load = loadOf([query('ready', retried, 'a'), query('error', retried, 'b'), query('pending', retried, 'c')])
    expect(load.pending).toBe(true)
    expect(load.error?.message).toBe('b failed')
    load.retry()
    expect(retried).toEqual(['b'])
  })
  it('is done with no error when every request is in, or there are none', () => {
    expect(loadOf([query('ready', [], 'a')])).toMatchObject({ pending: false, error: null })
    expect(loadOf([])).toMatchObject({ pending: false, error: null })
  })
})

describe('combineLoads and loadOfDashboard', () => {
  it('takes the catalogue’s error first and retries every failed part', () => {
    const retried: string[] = []
    const catalogue = loadOfDashboard({
      status: 'error',
      error: new Error('catalogue'),
      retry: () => retried.push('c'),
    })
    const series = loadOf([query('error', retried, 'series')])
    const load = combineLoads([catalogue, series])
    expect(load.error?.message).toBe('catalogue')
    load.retry()
    expect(retried).toEqual(['c', 'series'])
    expect(loadOfDashboard({ status: 'loading', error: null, retry: () => {} }).pending).toBe(true)
  })
})
