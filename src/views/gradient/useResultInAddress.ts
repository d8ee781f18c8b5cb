import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { RESULT_KEY, decodeResult, encodeResult, type DecodedResult } from './resultLink'
import type { GradientResult } from '../../gradient/types'

/**
 * Keeps the page's results in its address after '#' (never sent to a server), so a reload, a briefing item or a
 * shared briefing shows them again without the file. `onOpened` hears what the address held when the page opened:
 * results, or a message saying why they cannot be shown (nothing when it held none).
 */
export function useResultInAddress(areaCode: string, onOpened: (decoded: DecodedResult) => void) {
  const location = useLocation()
  const navigate = useNavigate()
  const [initialHash] = useState(location.hash)
  const listener = useRef(onOpened)
  useEffect(() => {
    listener.current = onOpened
  })

  useEffect(() => {
    const text = new URLSearchParams(initialHash.slice(1)).get(RESULT_KEY)
    if (!text) return
    let live = true
    void decodeResult(text, areaCode).then((decoded) => {
      if (live) listener.current(decoded)
    })
    return () => {
      live = false
    }
  }, [initialHash, areaCode])

  const keep = useCallback(
    (result: GradientResult | null) => {
      const write = (hash: string) => navigate({ search: location.search, hash }, { replace: true })
      if (!result) return void write('')
      void encodeResult(result).then((text) => write(`${RESULT_KEY}=${text}`))
    },
    [navigate, location.search],
  )
  return keep
}
