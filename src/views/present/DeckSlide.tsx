import { useQuery } from '@tanstack/react-query'
import type { BriefingItem } from '../../briefing/model'
import { renderItemPicture } from '../../briefing/renderItemPicture'
import { headlineOf } from './deckKeys'

/** A chart's or map's picture for a slide, drawn from the data through its view once and kept for the session. */
export const slidePictureQuery = (item: BriefingItem) => ({
  queryKey: ['deck-picture', item.view, item.title],
  queryFn: async () => {
    const svg = await renderItemPicture(item, 'deck')
    return {
      url: URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml' })),
      description: svg.description,
    }
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
})

/** One item as a slide: a section title, a note, a headline figure in words, or a chart or map with its headline. */
export function DeckSlide({
  item,
  sentence,
  hidden = false,
}: {
  item: BriefingItem
  sentence: string
  /** The reveal exercise: the title and a question only, until the room has guessed. */
  hidden?: boolean
}) {
  if (item.kind === 'heading')
    return (
      <div className="deck-slide deck-slide--section">
        <h2>{item.title}</h2>
      </div>
    )
  if (item.kind === 'note')
    return (
      <div className="deck-slide">
        <h2>Note</h2>
        <p className="deck-slide__text">{item.note}</p>
      </div>
    )
  if (hidden)
    return (
      <div className="deck-slide deck-slide--figure">
        <h2>{item.title}</h2>
        <p className="deck-slide__text deck-slide__question">
          What would you guess? Then press Space or → to reveal the figure against the statistical neighbours and
          England.
        </p>
      </div>
    )
  if (item.kind === 'figure')
    return (
      <div className="deck-slide deck-slide--figure">
        <h2>{item.title}</h2>
        <p className="deck-slide__text">{sentence}</p>
        <Source item={item} />
      </div>
    )
  return (
    <div className="deck-slide deck-slide--picture">
      <h2>{item.title}</h2>
      <SlidePicture item={item} />
      <p className="deck-slide__headline">{headlineOf(sentence)}</p>
      <Source item={item} />
    </div>
  )
}

function SlidePicture({ item }: { item: BriefingItem }) {
  const picture = useQuery(slidePictureQuery(item))
  if (picture.error)
    return (
      <p className="deck-slide__problem" role="alert">
        {picture.error.message}
      </p>
    )
  if (!picture.data)
    return (
      <p className="deck-slide__loading" role="status">
        Drawing from the data…
      </p>
    )
  return <img className="deck-slide__picture" src={picture.data.url} alt={picture.data.description} />
}

function Source({ item }: { item: BriefingItem }) {
  if (!item.source) return null
  return (
    <p className="deck-slide__source">
      {item.source} {item.licence}
    </p>
  )
}
