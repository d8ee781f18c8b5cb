import { downloadText } from '../../charts/shared/download'
import { slugify } from '../../charts/shared/buildCsv'
import { DISCLOSURE_RULE } from '../../gradient/disclosure'
import { SYNTHETIC_LABEL } from '../../gradient/synthetic'
import { gradientSentence } from '../../gradient/sentence'
import { resultsCsv } from '../../gradient/templates'
import { MEASURE_LABELS, type GradientResult, type MeasureResult } from '../../gradient/types'
import type { CodedFeature } from '../../map/topology'
import type { Lsoa21Properties, LsoaProperties } from '../../schema/geo'
import { describeGradient, provenanceLine, ratio2 } from '../../gradient/format'
import { GradientCompareChart } from './GradientCompareChart'
import { GradientMap } from './GradientMap'

function Headline({ m, range }: { m: MeasureResult; range: readonly [number, number] }) {
  const perFifth = m.gradient ? m.gradient.multiplier ** 2 : null
  return (
    <dl className="gradient-headline">
      <div>
        <dt>Gradient: rate multiplier per decile step towards more deprivation</dt>
        <dd data-testid={`gradient-${m.measure}`}>{describeGradient(m.gradient)}</dd>
      </div>
      <div>
        <dt>Most deprived fifth ÷ least deprived fifth</dt>
        <dd data-testid={`fifth-ratio-${m.measure}`}>
          {m.fifthRatio ? `${ratio2(m.fifthRatio.ratio)} times` : 'cannot be computed'}
        </dd>
      </div>
      {m.cwip?.gradient ? (
        <div>
          <dt>CWIP England 2015, refitted the same way</dt>
          <dd>{ratio2(m.cwip.gradient.multiplier)} per decile step</dd>
        </div>
      ) : null}
      {perFifth !== null ? (
        <div>
          <dt>
            Per two decile steps (compare the published range {ratio2(range[0])}–{ratio2(range[1])})
          </dt>
          <dd>
            {ratio2(perFifth)}
            {m.cwip?.gradient ? ` (CWIP England 2015: ${ratio2(m.cwip.gradient.multiplier ** 2)})` : ''}
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

/** The authority's neighbourhoods for the map of each edition: IoD2019 on 2011 LSOAs, IoD2025 on 2021 LSOAs. */
export interface DecileMaps {
  2019: ReadonlyArray<CodedFeature & { properties: LsoaProperties }>
  2025: ReadonlyArray<CodedFeature & { properties: Lsoa21Properties }>
}

/** Everything computed from the user's file: per measure a headline, the chart against CWIP and its table; the map. */
export function GradientResults({
  result,
  restored,
  maps,
  publishedRange,
}: {
  result: GradientResult
  /** True when the results were read back from the page's address rather than computed from a file just now. */
  restored: boolean
  maps: DecileMaps
  publishedRange: readonly [number, number]
}) {
  const provenance = provenanceLine(result)
  const suffix = result.synthetic ? ` (${SYNTHETIC_LABEL})` : ''
  return (
    <section aria-labelledby="gradient-results-title" className="gradient-results">
      <h2 id="gradient-results-title">
        Results for {result.areaName}
        {suffix}
      </h2>
      {result.synthetic ? (
        <div className="notification-banner gradient-synthetic" role="note">
          <p className="notification-banner__title">Synthetic example — not real data</p>
          <p>
            These counts were made up at random from {result.areaName}&apos;s child populations and CWIP&apos;s England
            2015 rates, with a fixed seed. They show how the page works; they say nothing about {result.areaName}.
          </p>
        </div>
      ) : null}
      <p>
        From “{result.fileName}”: {result.rows.toLocaleString('en-GB')} neighbourhoods ({result.vintage} LSOA codes
        {result.moved ? ', moved onto 2021 LSOAs' : ''}).
      </p>
      <p className="hint" data-testid="gradient-address-note">
        {restored
          ? 'Shown again from this page’s address: it keeps the totals by decile, not the file. '
          : 'This page’s address now keeps these totals by decile (not the file), so a reload or a briefing shows them again. '}
        The part of the address that holds them, after “#”, is never sent to a server; copying the address shares these
        totals.
      </p>
      <ul>
        {result.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p className="gradient-rule">{DISCLOSURE_RULE}</p>
      <p>
        The gradient is the multiplier of the rate for each step of one decile towards the most deprived, from a Poisson
        regression of the deciles&apos; counts on the decile with the log of their children as offset (95% interval from
        the model&apos;s standard error). CWIP&apos;s England rates are refitted the same way, with each decile weighted
        equally. The published range of average gradients, {ratio2(publishedRange[0])}–{ratio2(publishedRange[1])} (Webb
        and others, 2020), comes from a different model of authorities&apos; gradients; it is set beside the multiplier
        per two decile steps, on which CWIP&apos;s own England figures fall within or near it, as a guide rather than a
        like-for-like comparison.
      </p>
      {result.measures.map((m) => {
        const title = `${MEASURE_LABELS[m.measure]} per 10,000 children by deprivation decile, ${result.areaName}${suffix}`
        return (
          <section key={m.measure} aria-labelledby={`gradient-${m.measure}-title`} className="gradient-measure">
            <h2 id={`gradient-${m.measure}-title`}>
              {MEASURE_LABELS[m.measure]}
              {suffix}
            </h2>
            <Headline m={m} range={publishedRange} />
            {m.notes.length ? (
              <ul>
                {m.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
            {m.cwip ? null : <p>CWIP published no children-in-need rates by decile, so there is no comparison line.</p>}
            <GradientCompareChart
              result={m}
              title={title}
              areaName={result.areaName}
              sourceLine={provenance}
              briefingSentence={gradientSentence(result, m)}
            />
          </section>
        )
      })}
      {result.vintage === 2011 && !result.moved ? (
        <GradientMap features={maps[2019]} edition={2019} result={result} />
      ) : (
        <GradientMap features={maps[2025]} edition={2025} result={result} />
      )}
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadText(
              resultsCsv(result, provenance),
              `${slugify(`gradient ${result.areaName}${result.synthetic ? ' synthetic example' : ''}`)}.csv`,
              'text/csv;charset=utf-8',
            )
          }
        >
          Download all results (CSV)
        </button>
      </div>
    </section>
  )
}
