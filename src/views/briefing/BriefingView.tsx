import { useEffect, useId, useState, type DragEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { appBase } from '../../basePath'
import { exportBriefing, type BriefingFormat } from '../../briefing/exportBriefing'
import type { Briefing, BriefingItem } from '../../briefing/model'
import { downloadBlob } from '../../charts/shared/download'
import { openBriefing, openSharedBriefing } from '../../briefing/shelfActions'
import { dispatchShelf, undoShelf, useBriefingShelf } from '../../briefing/shelfStore'
import { decodeBriefing, encodeBriefing } from '../../briefing/shareLink'
import { useGeneratedSentences } from '../../briefing/useItemSentence'
import { BriefingItemPicture } from './BriefingItemPicture'
import './briefing.css'

/** /briefing: gather charts, maps and figures from the views into named briefings, then share or export them. */
export function BriefingView() {
  const { shelf, problem, canUndo } = useBriefingShelf()
  const briefing = openBriefing(shelf)
  const location = useLocation()
  const navigate = useNavigate()
  const [linkMessage, setLinkMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [shareUrl, setShareUrl] = useState<string | null>(null)
  const sentences = useGeneratedSentences(briefing.items)
  // What a made briefing (/briefing/new/:code) could not include, said once on arrival.
  const madeNote = (location.state as { note?: string } | null)?.note || null

  // A shared link (#b=…) opens as a briefing of its own; a damaged one says so and changes nothing already saved.
  useEffect(() => {
    const code = new URLSearchParams(location.hash.slice(1)).get('b')
    if (!code) return
    void decodeBriefing(code).then((decoded) => {
      if (decoded.ok) {
        dispatchShelf(openSharedBriefing(shelf, decoded.briefing))
        setLinkMessage({
          ok: true,
          text: `Opened the shared briefing “${decoded.briefing.name}”; it is now kept in this browser.`,
        })
      } else setLinkMessage({ ok: false, text: `${decoded.message} Your saved briefings have not been changed.` })
      void navigate({ hash: '' }, { replace: true })
    })
    // Only when the link changes: the shelf is read once to avoid importing the same briefing twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.hash])

  // Fill in sentences generated from the data for items that have none yet.
  useEffect(() => {
    for (const item of briefing.items)
      if (!item.sentence && sentences.has(item.id))
        dispatchShelf({ type: 'edit', itemId: item.id, changes: { sentence: sentences.get(item.id) ?? '' } })
  }, [briefing.items, sentences])

  async function share() {
    setShareUrl(await shareUrlOf(briefing))
  }

  return (
    <>
      <title>{`${briefing.name} – Briefing – CSC Explorer`}</title>
      <h1>Briefing</h1>
      <p className="lead no-print">
        Gather charts, maps and figures from any view with “Add to briefing”, add headings and notes, put them in order,
        then share a link or print it. Briefings are kept in this browser only; nothing is sent anywhere.
      </p>
      {linkMessage && (
        <p className={linkMessage.ok ? 'notification-banner' : 'inset'} role={linkMessage.ok ? 'status' : 'alert'}>
          {linkMessage.text}
        </p>
      )}
      {madeNote && (
        <p className="inset" role="status">
          {madeNote}
        </p>
      )}
      {problem && (
        <p className="inset" role="alert">
          {problem}
        </p>
      )}
      <BriefingShelfControls />
      <h2 className="briefing__name">{briefing.name}</h2>
      <div className="briefing__actions no-print">
        <button type="button" className="button button--secondary" disabled={!canUndo} onClick={undoShelf}>
          Undo
        </button>
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          Make a link to share
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <Link className="button button--secondary" to="/present">
          Present
        </Link>
        <ExportButtons briefing={briefing} />
      </div>
      {shareUrl && (
        <>
          <div className="form-group no-print">
            <label htmlFor="briefing-share">Link to this briefing (copy it; it holds the whole briefing)</label>
            <input id="briefing-share" className="input" readOnly value={shareUrl} onFocus={(e) => e.target.select()} />
          </div>
          <div className="form-group no-print">
            <label htmlFor="briefing-present-share">
              Link that opens it as a presentation (for the room's computer: it starts at the first slide)
            </label>
            <input
              id="briefing-present-share"
              className="input"
              readOnly
              value={presentUrlOf(shareUrl)}
              onFocus={(e) => e.target.select()}
            />
          </div>
        </>
      )}
      {briefing.items.length === 0 ? (
        <p>
          This briefing is empty. Open an <Link to="/">authority</Link> and use “Add to briefing” under a chart, map or
          figure.
        </p>
      ) : (
        <BriefingItems items={briefing.items} />
      )}
      <AddTextItems />
    </>
  )
}

/** The link that opens this briefing anywhere: the whole briefing compressed into the address (nothing is sent). */
async function shareUrlOf(briefing: Briefing) {
  return `${window.location.origin}${appBase()}briefing#b=${await encodeBriefing(briefing)}`
}

/**
 * The same link opening present mode (`/present#b=…`): the briefing stays in the fragment, never sent to a server.
 * The two links differ only in the page they open.
 */
function presentUrlOf(briefingUrl: string) {
  const url = new URL(briefingUrl)
  url.pathname = url.pathname.replace(/briefing$/, 'present')
  return url.href
}

/** PowerPoint and Word downloads, drawn from the data when pressed, with what is happening said as it happens. */
function ExportButtons({ briefing }: { briefing: Briefing }) {
  const [status, setStatus] = useState<{ busy: boolean; text: string; failed?: boolean } | null>(null)
  async function save(format: BriefingFormat) {
    setStatus({ busy: true, text: 'Starting…' })
    try {
      const link = await shareUrlOf(briefing)
      const { blob, fileName } = await exportBriefing(briefing, format, link, (text) => setStatus({ busy: true, text }))
      downloadBlob(blob, fileName)
      setStatus({ busy: false, text: `Saved ${fileName}.` })
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e)
      setStatus({ busy: false, text: `The file could not be made: ${reason}`, failed: true })
    }
  }
  const disabled = status?.busy === true || briefing.items.length === 0
  return (
    <>
      <button type="button" className="button button--secondary" disabled={disabled} onClick={() => void save('pptx')}>
        Download PowerPoint
      </button>
      <button type="button" className="button button--secondary" disabled={disabled} onClick={() => void save('docx')}>
        Download Word
      </button>
      {status && (
        <p className={status.failed ? 'inset' : 'hint'} role={status.failed ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </>
  )
}

function BriefingShelfControls() {
  const { shelf } = useBriefingShelf()
  const briefing = openBriefing(shelf)
  const [name, setName] = useState('')
  return (
    <div className="briefing__shelf no-print">
      <div className="form-group">
        <label htmlFor="briefing-open">Open briefing</label>
        <select
          id="briefing-open"
          value={shelf.open}
          onChange={(e) => dispatchShelf({ type: 'open', briefingId: e.target.value })}
        >
          {shelf.briefings.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} ({b.items.length})
            </option>
          ))}
        </select>
      </div>
      <form
        className="form-group"
        onSubmit={(e) => {
          e.preventDefault()
          if (name.trim()) dispatchShelf({ type: 'create', name: name.trim() })
          setName('')
        }}
      >
        <label htmlFor="briefing-new">New briefing named</label>
        <input id="briefing-new" className="input" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button button--secondary button--small">
          Create
        </button>
      </form>
      <div className="form-group">
        <label htmlFor="briefing-rename">Name of this briefing</label>
        <input
          id="briefing-rename"
          className="input"
          key={briefing.id}
          defaultValue={briefing.name}
          onBlur={(e) => dispatchShelf({ type: 'rename', name: e.target.value })}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => dispatchShelf({ type: 'delete', briefingId: briefing.id })}
        >
          Delete this briefing
        </button>
      </div>
    </div>
  )
}

function BriefingItems({ items }: { items: readonly BriefingItem[] }) {
  const [dragged, setDragged] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const move = (item: BriefingItem, to: number) => {
    dispatchShelf({ type: 'move', itemId: item.id, to })
    setAnnouncement(
      `${item.title} moved to position ${Math.max(1, Math.min(items.length, to + 1))} of ${items.length}.`,
    )
  }
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault()
    const item = items.find((i) => i.id === dragged)
    if (item) move(item, index)
    setDragged(null)
  }
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ol className="briefing__items">
        {items.map((item, index) => (
          <li
            key={item.id}
            className={`briefing-item briefing-item--${item.kind}`}
            draggable
            onDragStart={() => setDragged(item.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, index)}
          >
            <BriefingItemCard item={item} />
            <div className="briefing-item__order no-print">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={index === 0}
                onClick={() => move(item, index - 1)}
              >
                Move up<span className="visually-hidden">: {item.title}</span>
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={index === items.length - 1}
                onClick={() => move(item, index + 1)}
              >
                Move down<span className="visually-hidden">: {item.title}</span>
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  dispatchShelf({ type: 'remove', itemId: item.id })
                  setAnnouncement(`${item.title} removed. Undo brings it back.`)
                }}
              >
                Remove<span className="visually-hidden">: {item.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  )
}

function BriefingItemCard({ item }: { item: BriefingItem }) {
  const id = useId()
  if (item.kind === 'heading')
    return (
      <h3 className="briefing-item__heading">
        <input
          className="input briefing-item__heading-input"
          aria-label="Heading"
          defaultValue={item.title}
          onBlur={(e) => dispatchShelf({ type: 'edit', itemId: item.id, changes: { title: e.target.value } })}
        />
        <span className="print-only">{item.title}</span>
      </h3>
    )
  return (
    <article aria-labelledby={`${id}-title`}>
      {item.kind !== 'note' && (
        <h3 id={`${id}-title`} className="briefing-item__title">
          {item.title}
        </h3>
      )}
      {(item.kind === 'chart' || item.kind === 'map') && <BriefingItemPicture item={item} />}
      {item.kind !== 'note' && (
        <div className="form-group">
          <label htmlFor={`${id}-sentence`}>What it says</label>
          <textarea
            id={`${id}-sentence`}
            className="input briefing-item__sentence"
            rows={3}
            value={item.sentence}
            onChange={(e) => dispatchShelf({ type: 'edit', itemId: item.id, changes: { sentence: e.target.value } })}
          />
          <p className="print-only briefing-item__sentence-print">{item.sentence}</p>
        </div>
      )}
      <div className="form-group">
        <label htmlFor={`${id}-note`}>{item.kind === 'note' ? 'Note' : 'Your note (speaker notes on a slide)'}</label>
        <textarea
          id={`${id}-note`}
          className="input"
          rows={2}
          value={item.note}
          onChange={(e) => dispatchShelf({ type: 'edit', itemId: item.id, changes: { note: e.target.value } })}
        />
        {item.kind === 'note' && <p className="print-only">{item.note}</p>}
      </div>
      {item.source && (
        <p className="briefing-item__source">
          {item.source} {item.licence ?? ''}
        </p>
      )}
      {item.view && (
        <p className="no-print">
          <Link to={item.view}>Open in its view</Link>
        </p>
      )}
    </article>
  )
}

function AddTextItems() {
  const [heading, setHeading] = useState('')
  return (
    <div className="briefing__add no-print">
      <form
        className="form-group"
        onSubmit={(e) => {
          e.preventDefault()
          if (!heading.trim()) return
          dispatchShelf({ type: 'add', item: { kind: 'heading', title: heading.trim(), sentence: '', note: '' } })
          setHeading('')
        }}
      >
        <label htmlFor="briefing-heading">Add a heading</label>
        <input id="briefing-heading" className="input" value={heading} onChange={(e) => setHeading(e.target.value)} />
        <button type="submit" className="button button--secondary button--small">
          Add heading
        </button>
      </form>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => dispatchShelf({ type: 'add', item: { kind: 'note', title: 'Note', sentence: '', note: '' } })}
      >
        Add a note
      </button>
    </div>
  )
}
