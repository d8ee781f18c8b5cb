/** What a screen reader hears as the reader steps through the chart; empty when nothing is active. */
export function LiveReadout({ id, text }: { id?: string; text: string }) {
  return (
    <p id={id} className="visually-hidden" aria-live="polite">
      {text}
    </p>
  )
}
