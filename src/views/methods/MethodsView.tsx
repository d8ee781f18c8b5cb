import { useQuery } from '@tanstack/react-query'
import { indicatorsQuery, manifestQuery } from '../../data/queries'
import { TOPIC_NAMES } from '../../model/indicators'
import { TOPICS, type Indicator } from '../../schema/indicators'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'

const POLARITY_WORDS: Record<Indicator['polarity'], string> = {
  'higher-is-better': 'higher is better',
  'higher-is-worse': 'lower is better',
  'higher-is-more-intervention': 'higher means more intervention (neither better nor worse)',
  neutral: 'neither higher nor lower is better',
}

/** Sources and methods, generated from indicators.json and manifest.json so they never drift from the data. */
export function MethodsView() {
  const indicators = useQuery(indicatorsQuery())
  const manifest = useQuery(manifestQuery())
  const header = (
    <>
      <title>Sources and methods – CSC Explorer</title>
      <h1>Sources and methods</h1>
    </>
  )
  if (!indicators.data || !manifest.data)
    return (
      <PendingPage header={header} load={loadOf([indicators, manifest])}>
        Loading the sources…
      </PendingPage>
    )
  const sourceTitle = (id: string) => manifest.data.sources.find((s) => s.id === id)?.title ?? id
  return (
    <>
      {header}
      <p className="lead">
        Every figure comes from a published government file. Most years are years ending 31 March (2025 means at 31
        March 2025, or the financial year 2024-25); each indicator below says its kind of year (the social work
        workforce is counted at 30 September, school results by academic year, 2025 meaning 2024/25); deprivation
        figures are by edition. The measures of DfE’s Local Authority Interactive Tool (LAIT) are described as its data
        dictionary describes them, with its code for each.
      </p>
      <p>
        Where sources overlap, the most recent publication is used, because the Department for Education revises earlier
        years. Suppressed or missing figures are shown as gaps with the reason, never as zero. The “neighbours” figure
        is the mean of the DfE statistical neighbours with a figure for the year, as in DfE's Local Authority
        Interactive Tool; the number with data is always shown. The England figure is the published England value, not
        an average of authorities. City of London and Isles of Scilly are excluded from averages and rankings because of
        their very small child populations.
      </p>
      <h2 id="relative-to-england">Trends relative to England</h2>
      <p>
        On /compare and /side-by-side a trend can be read against England. As a <strong>ratio</strong>, each year&apos;s
        figure is divided by England&apos;s published figure for the same year (England = 1; 1.20 is 20% above England),
        quoted to two decimal places. As a <strong>difference</strong>, England&apos;s figure is subtracted (England =
        0), in the indicator&apos;s unit, or in percentage points for a percentage. A year without an England figure has
        no indexed value and says so; indicators England has no figure for (ranks, for instance) cannot be indexed.
        Group averages are indexed in the same way, year by year.
      </p>
      <h2 id="iod2025">Deprivation: the English Indices of Deprivation 2025</h2>
      <p>
        IoD2025 (published 30 October 2025) is on 2021 neighbourhoods (33,755 LSOAs) and 2024 districts (296), IoD2019
        on 2011 neighbourhoods and 2019 districts, so the editions are not a strict trend. Each year is read against the
        edition in force: IoD2015 for 2015 to 2018, IoD2019 for 2019 to 2024, IoD2025 from 2025. Unitary authorities,
        metropolitan districts and London boroughs are themselves districts and show MHCLG&apos;s published district
        figures. No upper-tier summary of IoD2025 is bundled, so for the 21 counties the figures are{' '}
        <strong>computed by CSC Explorer</strong>: a county&apos;s average score is the mean of its districts&apos;
        published average scores weighted by their ONS mid-2024 population (children aged 0-15 for IDACI), which
        approximates MHCLG&apos;s own population-weighted average; its share of neighbourhoods in the most deprived 10%
        is counted exactly from the LSOA deciles, placing each LSOA in the district IoD2025 File 1 gives; its district
        rank is the range of its districts&apos; ranks; and the 2025 rank among upper-tier authorities ranks all 153
        authorities&apos; scores. Computed figures are marked wherever they are shown.
      </p>
      <h2 id="neighbourhood-analysis">Neighbourhood analysis</h2>
      <p>
        The neighbourhood analysis (from any authority&apos;s neighbourhood map) works on over 100 variables of the 2021
        neighbourhoods, each with its definition and source: IoD2025 scores, ranks and deciles of the index, its domains
        and sub-domains, IDACI, IoD2025&apos;s underlying indicators, IoD2019 ranks and deciles (carried to a 2021
        neighbourhood only where it is a 2011 one unchanged or split), Census 2021 children aged 0-15 and the 2021
        rural-urban classification. Quantile classes (3 to 10) and the thirds of the overlap map are worked out over the
        neighbourhoods shown, not England. Correlations give Pearson&apos;s r with a 95% interval (Fisher&apos;s z) and
        Spearman&apos;s rho; comparisons between authorities a one-way analysis of variance and Tukey&apos;s honestly
        significant difference (Tukey-Kramer), whose intervals and p-values allow for making every pairwise comparison;
        regression is ordinary least squares with 95% intervals from the t distribution, refusing predictors that do not
        vary or repeat others. These describe places, not families: an association between neighbourhoods is neither a
        cause nor a statement about the people who live there (the ecological fallacy).
      </p>
      <h2 id="hex-cartogram">The hex cartogram</h2>
      <p>
        The England map can be drawn as a hex cartogram: every upper-tier authority is one hexagon of the same size, so
        London&apos;s boroughs and small unitaries are as visible as large counties, with the same colours, legend and
        figures as the map. The arrangement is computed once when the data are built, not drawn by hand: each
        authority&apos;s centroid is scaled so that England&apos;s land area equals one tile per authority; points
        closer than a tile are pushed apart while authorities sharing a boundary are pulled together; then each
        authority is given its own cell of a hexagonal grid so that the total squared distance from the points is the
        least possible (the Hungarian method). The tiles keep each authority roughly where it is, but London spreads
        over many tiles and pushes its neighbours outwards, so distances and areas on the cartogram mean nothing. A
        former authority (Cumbria, Northamptonshire, Bournemouth, Poole and the old Dorset county) takes the nearest
        cell not held by an authority drawn in the same year, often one of its successors&apos;. Tiles are labelled with
        a three-letter abbreviation; the tooltip and table give each name.
      </p>
      <h2 id="map-through-the-years">The England map through the years in present mode</h2>
      <p>
        On /map each year&apos;s colours are that year&apos;s quintiles, so a fifth of the authorities are darkest in
        every year whatever happened. When present mode plays an England map through its years it keeps one scale
        instead: the quintile thresholds of the year the slide shows (the year the map was added with), applied to every
        year, so a change of colour is a change of figure. The legend gives each class&apos;s fixed bounds (&quot;under
        47&quot;, &quot;47 to under 61&quot;, … &quot;92 or more&quot;) with how many authorities fall in it that year,
        and says which year&apos;s classes are used. Each year shows the authorities that existed then (the former
        councils before a reorganisation, their successors after); withheld and missing figures stay hatched and grey.
      </p>
      <h2 id="clusters">Clusters of similar authorities</h2>
      <p>
        The clusters page groups the current authorities (City of London and Isles of Scilly left out, as everywhere) on
        the indicators you choose. Each authority is described either by its figure on each indicator in the chosen year
        (where an indicator has no figure that year, its latest earlier one, as the page says) or by its average change
        per year over the chosen years: the least-squares slope through the figures it has in that range, at least two
        being needed. No figure is used for a year an authority did not exist. An authority missing any chosen indicator
        is left out and listed by name with what it lacks; a gap is never filled in or treated as 0. Each indicator is
        then standardised to z-scores over the authorities clustered (the difference from their mean divided by their
        sample standard deviation), so that no unit outweighs another; an indicator on which every authority has the
        same figure cannot be standardised and is left out, as the page says.
      </p>
      <p>
        Authorities are joined by agglomerative hierarchical clustering with Ward&apos;s linkage on the Euclidean
        distances between their z-scores: starting from single authorities, each step joins the two groups whose merger
        adds least to the sum of squared distances from the group means, the distances between groups updated by the
        Lance-Williams formula. The dendrogram&apos;s heights are the distances at which groups were joined, as R&apos;s
        hclust reports them with method &quot;ward.D2&quot;; cutting the tree where it leaves the chosen number of
        groups (2 to 10) gives the clusters, numbered from left to right. Each cluster&apos;s profile is its mean
        z-score on each indicator in words: within 0.5 standard deviations of the mean of the authorities clustered is
        &quot;near average&quot;, 1 or more &quot;well above&quot; or &quot;well below&quot;. That mean is of
        authorities, each counted once, not England&apos;s published figure. Ties are broken by authority code, so the
        same choices always give the same clusters.
      </p>
      <p>
        These are not DfE&apos;s statistical neighbours. DfE fixes each authority&apos;s ten neighbours from
        socio-economic characteristics of its area, the circumstances its services work in; these clusters are formed
        from whichever outcomes, spending or context measures you choose, and change with that choice. Authorities alike
        on outcomes need not face similar circumstances, and a cluster says nothing about why its members are alike.
      </p>
      <h2 id="not-in-scope">Not in this tool</h2>
      <ul>
        <li>
          <strong>Children looked after by ethnic group, per authority.</strong> The CWIP App showed these rates. DfE
          publishes them in its per-authority characteristics file for children looked after, which is not among the
          files this tool is built from, so they are not shown. The indicator catalogue and the build take a new
          publication as one more source (see the repository&apos;s guide to updating the data) when the file is added.
        </li>
        <li>
          <strong>A discussion board.</strong> CSC Explorer is a static site with no server and no accounts, so nothing
          you do here is sent anywhere. To share and discuss, use briefing notes (built from the data, with your own
          notes, exported to Word or PowerPoint) and the share links every view and briefing has: a link reopens exactly
          what you saw.
        </li>
      </ul>
      <h2>Indicators</h2>
      {TOPICS.map((topic) => {
        const inTopic = indicators.data.filter((i) => i.topic === topic)
        if (inTopic.length === 0) return null
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>{TOPIC_NAMES[topic]}</h3>
            {inTopic.map((i) => {
              const coverage = manifest.data.coverage[i.id]
              return (
                <details key={i.id} id={`indicator-${i.id}`}>
                  <summary>{i.label}</summary>
                  <dl className="methods-list">
                    <dt>Identifier</dt>
                    <dd>
                      <code>{i.id}</code>
                    </dd>
                    <dt>Definition</dt>
                    <dd>{i.definition}</dd>
                    {i.laitMeasure && (
                      <>
                        <dt>LAIT measure</dt>
                        <dd>
                          <code>{i.laitMeasure}</code>
                        </dd>
                      </>
                    )}
                    <dt>Unit</dt>
                    <dd>
                      {i.unit}
                      {i.axisLabel ? ` (axis: ${i.axisLabel})` : ''}, {i.decimals} decimal places
                    </dd>
                    <dt>Polarity</dt>
                    <dd>{POLARITY_WORDS[i.polarity]}</dd>
                    <dt>Years</dt>
                    <dd>{coverage ? `${coverage.first} to ${coverage.last} (${i.yearType})` : 'none yet'}</dd>
                    <dt>Sources</dt>
                    <dd>{i.source.map(sourceTitle).join('; ')}</dd>
                    {i.method && (
                      <>
                        <dt>Method</dt>
                        <dd>{i.method}</dd>
                      </>
                    )}
                    {i.methodology && (
                      <>
                        <dt>Publisher’s methodology</dt>
                        <dd className="methods-list__long">{i.methodology}</dd>
                      </>
                    )}
                    {i.publisher && (
                      <>
                        <dt>Publisher</dt>
                        <dd>{i.publisher}</dd>
                      </>
                    )}
                    {(i.lastUpdate ?? i.nextUpdate) && (
                      <>
                        <dt>Updates</dt>
                        <dd>
                          Last {i.lastUpdate ?? 'not given'}; next {i.nextUpdate ?? 'not given'}
                        </dd>
                      </>
                    )}
                    {i.caveats && (
                      <>
                        <dt>Caveats</dt>
                        <dd>{i.caveats}</dd>
                      </>
                    )}
                  </dl>
                </details>
              )
            })}
          </section>
        )
      })}
      <h2>Sources</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Source files used to build the data</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Publisher</th>
              <th scope="col">Licence</th>
              <th scope="col">Files</th>
            </tr>
          </thead>
          <tbody>
            {manifest.data.sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={s.url}>{s.title}</a>
                </td>
                <td>{s.publisher}</td>
                <td>{s.licence}</td>
                <td>{s.files.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Each source's files are listed with their SHA-256 checksums in <code>data/manifest.json</code> so the build can
        be reproduced byte for byte.
      </p>
    </>
  )
}
