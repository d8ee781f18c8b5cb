import { useEffect, useState } from 'react'
import type { BriefingItem } from '../../briefing/model'
import { renderItemPicture } from '../../briefing/renderItemPicture'

/** A chart or map item drawn afresh from the data (through its view), shown as an image with its description. */
export function BriefingItemPicture({ item }: { item: BriefingItem }) {
  const [state, setState] = useState<{ url: string; alt: string } | { error: string } | null>(null)
  const key = `${item.view}|${item.title}`
  useEffect(() => {
    let url: string | null = null
    let live = true
    renderItemPicture(item, 'slide').then(
      (picture) => {
        url = URL.createObjectURL(new Blob([picture.markup], { type: 'image/svg+xml' }))
        if (live) setState({ url, alt: picture.description })
      },
      (e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e) }),
    )
    return () => {
      live = false
      if (url) URL.revokeObjectURL(url)
    }
    // The picture depends only on the view and title; edits to the sentence or note do not redraw it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  if (!state) return <p className="loading">Drawing {item.title} from the data…</p>
  if ('error' in state) return <p className="inset">{state.error}</p>
  return <img className="briefing-item__picture" src={state.url} alt={state.alt} width={1200} height={675} />
}
