import { useEffect, useState } from 'react'
import type { BriefingItem } from '../../briefing/model'

/** Minutes and seconds since the speaker view opened. */
function useElapsed(): string {
  const [started] = useState(() => Date.now())
  const [now, setNow] = useState(started)
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const seconds = Math.floor((now - started) / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** The speaker's window: this slide's title, its whole text and the notes, what comes next, and a timer. */
export function SpeakerNotes({
  name,
  item,
  sentence,
  next,
}: {
  name: string
  item: BriefingItem
  sentence: string
  next: BriefingItem | undefined
}) {
  const elapsed = useElapsed()
  return (
    <div className="speaker">
      <h1 className="speaker__heading">Speaker view: {name}</h1>
      <p className="speaker__timer" aria-label={`Time since the speaker view opened: ${elapsed}`}>
        {elapsed}
      </p>
      <h2 className="speaker__title" data-testid="speaker-current">
        {item.title}
      </h2>
      {sentence ? <p className="speaker__text">{sentence}</p> : null}
      <h3>Notes</h3>
      <p className="speaker__notes">{item.note || 'No notes for this slide.'}</p>
      <p className="speaker__next" data-testid="speaker-next">
        Next: {next ? next.title : 'the end of the deck'}
      </p>
    </div>
  )
}
