import { useEffect, useRef } from 'react'

type DeckMessage = { type: 'slide'; slide: number } | { type: 'where' }

/**
 * Keeps every window of one deck (the audience's and the speaker's) on the same slide, through a BroadcastChannel:
 * windows of this browser only, nothing over the network. A window that opens later asks where the others are and
 * joins them, rather than pulling them back to its own start.
 */
export function useDeckSync(deckKey: string, current: number, go: (slide: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null)
  const latest = useRef({ current, go })
  const heard = useRef<number | null>(null)
  const announced = useRef(false)
  useEffect(() => {
    latest.current = { current, go }
  })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const opened = new BroadcastChannel(`csc-present:${deckKey}`)
    opened.onmessage = (event: MessageEvent<DeckMessage>) => {
      const message = event.data
      if (message.type === 'where') opened.postMessage({ type: 'slide', slide: latest.current.current })
      else if (message.type === 'slide' && message.slide !== latest.current.current) {
        heard.current = message.slide
        latest.current.go(message.slide)
      }
    }
    opened.postMessage({ type: 'where' } satisfies DeckMessage)
    channel.current = opened
    return () => {
      opened.close()
      channel.current = null
    }
  }, [deckKey])

  // Tell the other windows when this one moves; not when it moved because another told it to (no echo).
  useEffect(() => {
    if (!announced.current) {
      announced.current = true
      return
    }
    if (heard.current === current) {
      heard.current = null
      return
    }
    channel.current?.postMessage({ type: 'slide', slide: current } satisfies DeckMessage)
  }, [current])
}
