import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { BriefingItem } from '../../briefing/model'
import { useGeneratedSentences } from '../../briefing/useItemSentence'
import { deckActionOf, jumpTarget, slideFromHash } from './deckKeys'
import { DeckSlide, slidePictureQuery } from './DeckSlide'
import { SpeakerNotes } from './SpeakerNotes'
import { useDeckSync } from './useDeckSync'
import { useYearPlayer } from './useYearPlayer'
import { PLAY_SPEEDS } from '../shared/englandMap/YearControl'

/** Stands in for the slide's item in the picture query when the slide has no picture (the query is then off). */
const NO_PICTURE: BriefingItem = { id: '', kind: 'note', title: '', sentence: '', note: '' }

/** How many slides ahead pictures are drawn, so stepping on shows the next one at once. */
const PREFETCH_AHEAD = 2

/**
 * A deck of briefing items, one per 16:9 slide scaled to the screen. Keys and clickers step through it (deckKeys.ts);
 * the slide number is in the address (#3) so a reload keeps the place; f goes full screen, c switches to high
 * contrast, p plays a trend or an England map through its years, Esc leaves for `leaveTo`.
 */
export function Deck({
  name,
  items,
  leaveTo,
  speaker = false,
}: {
  name: string
  items: readonly BriefingItem[]
  leaveTo: string
  /** The speaker's window (notes, next slide, timer), kept on the same slide as the audience's. */
  speaker?: boolean
}) {
  const location = useLocation()
  const navigate = useNavigate()
  const client = useQueryClient()
  const sentences = useGeneratedSentences(items)
  const count = items.length
  const current = slideFromHash(location.hash, count)
  const [typed, setTyped] = useState('')
  const [contrast, setContrast] = useState(false)
  // The reveal exercise (?reveal=1, so a prepared link opens with it): each figure, chart and map first asks the room
  // to guess, and the first "next" shows it. `revealedAt` is the slide whose figure is showing.
  const revealMode = new URLSearchParams(location.search).get('reveal') === '1'
  const [revealedAt, setRevealedAt] = useState<number | null>(null)
  const item = items[current - 1]
  const hidden = revealMode && !!item && item.kind !== 'heading' && item.kind !== 'note' && revealedAt !== current
  const hasPicture = item?.kind === 'chart' || item?.kind === 'map'
  // The same query the slide draws from (one picture, cached): how many years this slide's picture can play through.
  const picture = useQuery({ ...slidePictureQuery(hasPicture ? item : NO_PICTURE), enabled: hasPicture })
  const yearCount = hasPicture && !hidden ? (picture.data?.years.length ?? 0) : 0
  const player = useYearPlayer(yearCount, current, picture.data?.lastYearIsWhole ?? true)

  // The slide the deck is on, or is moving to: a clicker's second press, before the first one's slide has been drawn,
  // steps on from there instead of being lost.
  const position = useRef(current)
  useLayoutEffect(() => {
    position.current = current
  }, [current])
  const go = (n: number) => {
    const to = Math.min(Math.max(1, n), count)
    position.current = to
    setTyped('')
    void navigate({ search: location.search, hash: String(to) }, { replace: true })
  }
  useDeckSync(location.pathname, current, go)
  const openSpeakerView = () =>
    window.open(`${window.location.pathname}?speaker=1#${current}`, 'csc-speaker-view', 'popup,width=1000,height=700')
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void document.documentElement.requestFullscreen?.().catch(() => undefined)
  }

  // The latest handlers for the one keydown listener (re-adding it on every slide would be needless churn), set as the
  // slide is drawn, so a key pressed just after never reaches the previous slide's.
  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined)
  useLayoutEffect(() => {
    keys.current = (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return
      const action = deckActionOf(event.key)
      if (!action) return
      // Space and Enter on a focused button would press it as well as step the deck.
      event.preventDefault()
      switch (action.type) {
        case 'next':
          return hidden ? setRevealedAt(current) : go(position.current + 1)
        case 'previous':
          return go(position.current - 1)
        case 'first':
          return go(1)
        case 'last':
          return go(count)
        case 'digit':
          return setTyped((t) => (t + action.digit).slice(-4))
        case 'jump': {
          const target = jumpTarget(typed, count)
          setTyped('')
          return target === null ? undefined : go(target)
        }
        case 'fullscreen':
          return fullscreen()
        case 'contrast':
          return setContrast((c) => !c)
        case 'play':
          return player.toggle()
        case 'leave':
          // In full screen the browser takes Esc to leave full screen; otherwise it leaves the deck.
          if (!document.fullscreenElement) void navigate(leaveTo)
      }
    }
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])

  // Draw this slide's picture first, then the next ones, so stepping forward does not wait.
  useEffect(() => {
    for (const ahead of items.slice(current, current + PREFETCH_AHEAD))
      if (ahead.kind === 'chart' || ahead.kind === 'map') void client.prefetchQuery(slidePictureQuery(ahead))
  }, [client, items, current])

  if (!item) return <p>This briefing has no items to present.</p>
  const sentence = item.sentence || sentences.get(item.id) || ''
  return (
    <div className={contrast ? 'deck deck--contrast' : 'deck'}>
      {speaker ? (
        <SpeakerNotes name={name} item={item} sentence={sentence} next={items[current]} />
      ) : (
        <>
          <h1 className="visually-hidden">{name}</h1>
          <section
            className="deck__stage"
            aria-roledescription="slide"
            aria-label={`Slide ${current} of ${count}: ${item.title}`}
            aria-live="polite"
          >
            <DeckSlide item={item} sentence={sentence} hidden={hidden} yearStep={player.step} />
          </section>
        </>
      )}
      <div className="deck__bar">
        <div
          className="deck__progress"
          role="progressbar"
          aria-label="Progress through the deck"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={current}
        >
          <span style={{ width: `${(current / count) * 100}%` }} />
        </div>
        <span className="deck__counter" data-testid="deck-counter">
          {current} / {count}
          {typed ? ` → ${typed}` : ''}
        </span>
        <button type="button" onClick={() => go(current - 1)} disabled={current === 1}>
          Previous
        </button>
        {hidden ? (
          <button type="button" onClick={() => setRevealedAt(current)}>
            Reveal
          </button>
        ) : (
          <button type="button" onClick={() => go(current + 1)} disabled={current === count}>
            Next
          </button>
        )}
        {yearCount > 1 && (
          <>
            <button type="button" aria-pressed={player.playing} onClick={player.toggle}>
              {player.playing ? 'Pause (p)' : 'Play the years (p)'}
            </button>
            <label className="deck__speed">
              Speed{' '}
              <select value={player.speed} onChange={(event) => player.setSpeed(Number(event.target.value))}>
                {PLAY_SPEEDS.map((s) => (
                  <option key={s.ms} value={s.ms}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <button type="button" onClick={fullscreen}>
          Full screen (f)
        </button>
        {speaker ? null : (
          <button type="button" onClick={openSpeakerView}>
            Speaker view
          </button>
        )}
        {speaker ? null : (
          <button
            type="button"
            aria-pressed={revealMode}
            onClick={() =>
              void navigate({ search: revealMode ? '' : '?reveal=1', hash: String(current) }, { replace: true })
            }
          >
            Guess first
          </button>
        )}
        <button type="button" aria-pressed={contrast} onClick={() => setContrast((c) => !c)}>
          High contrast (c)
        </button>
        <button type="button" onClick={() => void navigate(leaveTo)}>
          Leave (Esc)
        </button>
      </div>
    </div>
  )
}
