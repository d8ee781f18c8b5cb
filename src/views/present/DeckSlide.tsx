import { useQuery, type QueryFunctionContext } from '@tanstack/react-query'
import type { BriefingItem } from '../../briefing/model'
import { slidePicture } from '../../offline/offlineDeck'
import { headlineOf } from './deckKeys'

/**
 * A chart's or map's picture for a slide, kept for the session: the one kept offline for the deck if there is one,
 * else drawn from the data through its view.
 */
const svgUrl = (markup: string) => URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))

export const slidePictureQuery = (item: BriefingItem) => ({
  queryKey: ['deck-picture', item.view, item.title],
  queryFn: async ({ client }: QueryFunctionContext) => {
    const svg = await slidePicture(client, item)
    return {
      url: svgUrl(svg.markup),
      description: svg.description,
      // A chart with a year axis as it stands at each year, or a map at each year, for playing it through the years.
      years:
        svg.years?.map((year) => ({
          label: year.label,
          url: svgUrl(year.markup),
          description: year.description ?? `${svg.description} Shown up to ${year.label}.`,
          title: year.title,
        })) ?? [],
      lastYearIsWhole: svg.lastYearIsWhole ?? true,
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
  yearStep = null,
}: {
  item: BriefingItem
  sentence: string
  /** The reveal exercise: the title and a question only, until the room has guessed. */
  hidden?: boolean
  /** Playing the chart or map through its years: the year shown (null: the picture as added). */
  yearStep?: number | null
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
  return <PictureSlide item={item} sentence={sentence} yearStep={yearStep} />
}

/**
 * A chart or map slide. While it plays through its years the title names the year shown, as the picture and its alt
 * text do (a map's own title names the year it was added at, a chart's its whole span of years); in briefings and
 * exports it stays as added.
 */
function PictureSlide({ item, sentence, yearStep }: { item: BriefingItem; sentence: string; yearStep: number | null }) {
  const picture = useQuery(slidePictureQuery(item))
  const year = yearStep === null ? undefined : picture.data?.years[yearStep]
  return (
    <div className="deck-slide deck-slide--picture">
      <h2>{year?.title ?? item.title}</h2>
      {picture.error ? (
        <p className="deck-slide__problem" role="alert">
          {picture.error.message}
        </p>
      ) : !picture.data ? (
        <p className="deck-slide__loading" role="status">
          Drawing from the data…
        </p>
      ) : !year ? (
        <img className="deck-slide__picture" src={picture.data.url} alt={picture.data.description} />
      ) : (
        <div className="deck-slide__playing">
          <img className="deck-slide__picture" src={year.url} alt={year.description} />
          <p className="deck-slide__year" aria-live="off">
            {year.label}
          </p>
        </div>
      )}
      <p className="deck-slide__headline">{headlineOf(sentence)}</p>
      <Source item={item} />
    </div>
  )
}

function Source({ item }: { item: BriefingItem }) {
  if (!item.source) return null
  return (
    <p className="deck-slide__source">
      {item.source} {item.licence}
    </p>
  )
}
