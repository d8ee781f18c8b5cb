import type { ReactNode } from 'react'

/** The chart's figure, named by its title heading; legend, plot, footer and table twin go inside. */
export function ChartFigure({
  id,
  title,
  headingLevel = 3,
  children,
}: {
  /** From useId; the heading gets `${id}-title`. */
  id: string
  title: string
  /** Heading level of the title within the page. */
  headingLevel?: 2 | 3
  children: ReactNode
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <Heading className="chart__title" id={`${id}-title`}>
        {title}
      </Heading>
      {children}
    </figure>
  )
}
