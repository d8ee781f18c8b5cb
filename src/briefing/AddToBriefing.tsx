import { useState } from 'react'
import { Link } from 'react-router'
import type { BriefingItem } from './model'
import { openBriefing } from './shelfActions'
import { dispatchShelf, useBriefingShelf } from './shelfStore'

/** The subject of a view, read from its URL: the authority in the path or the area parameter, and the indicator. */
export function subjectFromUrl(path: string, search: string, indicatorId?: string) {
  const params = new URLSearchParams(search)
  const fromPath = /^\/(?:area|spending|neighbourhoods)\/(E\d{8})/.exec(path)?.[1]
  const areaCode = fromPath ?? params.get('area') ?? undefined
  const indicator = indicatorId ?? params.get('indicator') ?? undefined
  return { ...(areaCode ? { areaCode } : {}), ...(indicator ? { indicatorId: indicator } : {}) }
}

/**
 * "Add to briefing": keeps this chart, map or figure (the view's URL and its title) in the open briefing, and says so
 * with a link to the briefing. Nothing leaves the browser.
 */
export function AddToBriefing({
  item,
}: {
  item: Pick<BriefingItem, 'kind' | 'title'> &
    Partial<Pick<BriefingItem, 'source' | 'licence' | 'indicatorId' | 'sentence'>>
}) {
  const { shelf } = useBriefingShelf()
  const [added, setAdded] = useState(false)
  const briefing = openBriefing(shelf)
  function add() {
    // The fragment too: a view that keeps its state there (such as a council's own gradient) is redrawn from it.
    const view = `${window.location.pathname}${window.location.search}${window.location.hash}`
    dispatchShelf({
      type: 'add',
      item: {
        sentence: '',
        ...item,
        view,
        note: '',
        ...subjectFromUrl(window.location.pathname, window.location.search, item.indicatorId),
      },
    })
    setAdded(true)
  }
  return (
    <span className="add-to-briefing no-print">
      <button type="button" className="button button--secondary button--small" onClick={add}>
        Add to briefing<span className="visually-hidden">: {item.title}</span>
      </button>
      {added && (
        <span role="status" className="hint">
          {' '}
          Added to <Link to="/briefing">{briefing.name}</Link> ({briefing.items.length}{' '}
          {briefing.items.length === 1 ? 'item' : 'items'}).
        </span>
      )}
    </span>
  )
}
