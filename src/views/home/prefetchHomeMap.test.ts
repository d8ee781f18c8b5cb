import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { areasQuery, indicatorsQuery, manifestQuery, seriesQuery, utlaSvgMapQuery } from '../../data/queries'
import { defaultIndicatorOf } from '../../model/indicators'
import type { Manifest } from '../../schema/manifest'
import { testArea } from '../../testing/testAreas'
import { testIndicator } from '../../testing/testIndicator'
import { prefetchHomeMap } from './prefetchHomeMap'

const INDICATORS = [testIndicator('cla_rate'), testIndicator('cin_rate')]

/** A client holding the catalogue (as the preloaded files give it), recording what is prefetched. */
function clientWithCatalogue() {
  const client = new QueryClient()
  client.setQueryData(areasQuery().queryKey, [testArea('E08000016')])
  client.setQueryData(indicatorsQuery().queryKey, INDICATORS)
  const coverage = { cla_rate: { first: 2010, last: 2025 }, cin_rate: { first: 2013, last: 2025 } }
  client.setQueryData(manifestQuery().queryKey, { coverage } as unknown as Manifest)
  const prefetch = vi.spyOn(client, 'prefetchQuery').mockResolvedValue(undefined)
  const requested = () => prefetch.mock.calls.map(([options]) => options.queryKey)
  return { client, requested }
}

afterEach(() => vi.restoreAllMocks())

describe('prefetchHomeMap', () => {
  it('asks for the map boundaries and the default indicator’s figures when the address names none', async () => {
    const { client, requested } = clientWithCatalogue()
    prefetchHomeMap(client, '')
    const fallback = defaultIndicatorOf(INDICATORS)?.id ?? ''
    await vi.waitFor(() => expect(requested()).toEqual([utlaSvgMapQuery().queryKey, seriesQuery(fallback).queryKey]))
  })

  it('asks for the figures of the indicator the address names', async () => {
    const { client, requested } = clientWithCatalogue()
    prefetchHomeMap(client, '?indicator=cin_rate')
    await vi.waitFor(() => expect(requested()).toEqual([utlaSvgMapQuery().queryKey, seriesQuery('cin_rate').queryKey]))
  })

  it('leaves out the geographic boundaries when the address asks for the hex cartogram', async () => {
    const { client, requested } = clientWithCatalogue()
    prefetchHomeMap(client, '?indicator=cin_rate&map=hex')
    await vi.waitFor(() => expect(requested()).toEqual([seriesQuery('cin_rate').queryKey]))
  })

  it('reads an unknown indicator as the map does: the default one', async () => {
    const { client, requested } = clientWithCatalogue()
    prefetchHomeMap(client, '?indicator=no_such_thing')
    const fallback = defaultIndicatorOf(INDICATORS)?.id ?? ''
    await vi.waitFor(() => expect(requested()).toContainEqual(seriesQuery(fallback).queryKey))
  })
})
