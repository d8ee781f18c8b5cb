import type { MouseEvent, ReactNode } from 'react'
import { routerBasename } from '../../basePath'

/** Opens a path of the app (the router's navigate function, whose identity is stable). */
export type OpenPath = (to: string) => void | Promise<void>

/**
 * A link to a page of the app for long lists and tables. A router <Link> follows the address, so each of a table's
 * 150 links renders again on every change of address, even when its row has not changed (the England map's table when
 * the indicator changes, which then delays the map's repaint), and costs more to render the first time. This one
 * renders only with its row; it behaves as a Link: a plain click opens the page in the app, a click with a modifier
 * (new tab, new window) is left to the browser.
 */
export function ListLink({ to, open, children }: { to: string; open: OpenPath; children: ReactNode }) {
  const base = routerBasename()
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return
    event.preventDefault()
    void open(to)
  }
  return (
    <a href={base === '/' ? to : `${base}${to}`} onClick={onClick}>
      {children}
    </a>
  )
}
