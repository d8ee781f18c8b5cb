import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { lsoa21FileQuery, lsoaFileQuery, manifestQuery } from '../../data/queries'
import { ChoroplethMap, type MapFeatureInfo } from '../../map/ChoroplethMap'
import { countByDecile, decileFill, describeDecile, readLsoa21Standing, readLsoaStanding } from '../../map/lsoaMap'
import { MapDownloads } from '../../map/MapDownloads'
import { MapLegend } from '../../map/MapLegend'
import { boundsOfFeatures, topologyToFeatures, type CodedFeature } from '../../map/topology'
import { findAreaByCode, type Area } from '../../schema/areas'
import type { Lsoa21Measure, Lsoa21Properties, LsoaDomain, LsoaProperties } from '../../schema/geo'
import { useDashboardState } from '../../state/useDashboardState'
import { combineLoads, loadOf, loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { StateNotices } from '../shared/StateNotices'
import { LICENCE_LINE } from '../shared/sourceLine'
import { DecileSummary } from './DecileSummary'
import { LsoaTable } from './LsoaTable'
import {
  compareDeciles,
  EDITIONS,
  englandDecileCounts,
  measureLabel,
  NEIGHBOURHOOD_EDITIONS,
  neighbourhoodCsv,
  readEdition,
  readMeasure,
  unavailableMeasureNotice,
  type NeighbourhoodEdition,
} from './neighbourhoodModel'
import '../shared/mapView.css'

/** A notice instead of a blank page when the code in the address cannot be shown. */
function UnknownArea({ code, message }: { code: string; message: string }) {
  return (
    <>
      <title>Neighbourhoods not found – CSC Explorer</title>
      <h1>Neighbourhood map not available</h1>
      <div className="notification-banner" role="alert">
        <p>{message}</p>
        <p className="secondary-text">Code in the address: {code}</p>
      </div>
      <p>
        <Link to="/neighbourhoods">Choose an authority</Link> or go to the <Link to="/map">map of England</Link>.
      </p>
    </>
  )
}

/**
 * /neighbourhoods/:code: the authority's neighbourhoods (LSOAs) by national decile on the IMD, a domain or IDACI:
 * IoD2025 on 2021 LSOAs with ward names by default, IoD2019 on 2011 LSOAs as an option; map, decile distribution
 * against England's, and a table, each downloadable.
 */
export function NeighbourhoodsView() {
  const { code: rawCode = '' } = useParams()
  const dashboard = useDashboardState()
  const edition = readEdition(dashboard.state.edition)
  const measure = readMeasure(dashboard.state.domain, edition)
  const areas = dashboard.catalogue?.areas
  const manifest = useQuery(manifestQuery())
  const area = areas ? findAreaByCode(areas, rawCode) : undefined
  const filePath = area ? (edition === 2025 ? `lsoa/2021/${area.code}.json` : `lsoa/${area.code}.json`) : undefined
  const hasFile = !!filePath && !!manifest.data?.files.some((f) => f.path === filePath)
  const file2025 = useQuery({ ...lsoa21FileQuery(area?.code ?? ''), enabled: hasFile && edition === 2025 })
  const file2019 = useQuery({ ...lsoaFileQuery(area?.code ?? ''), enabled: hasFile && edition === 2019 })
  const lsoa = edition === 2025 ? file2025 : file2019

  const listLoad = combineLoads([loadOfDashboard(dashboard), loadOf([manifest])])
  if (listLoad.error || !areas || !manifest.data)
    return <PendingPage load={listLoad}>Loading the list of authorities…</PendingPage>
  if (!area)
    return (
      <UnknownArea
        code={rawCode}
        message={`No local authority has the code "${rawCode}". Codes look like E08000016 (Barnsley).`}
      />
    )
  if (!hasFile) return <NoMap area={area} areas={areas} code={rawCode} />

  const info = EDITIONS[edition]
  const measureNotice = unavailableMeasureNotice(dashboard.state.domain, edition)
  return (
    <>
      <title>{`Neighbourhoods in ${area.name} – CSC Explorer`}</title>
      <h1>Neighbourhoods in {area.name}</h1>
      <p className="lead">
        Each small area (lower-layer super output area, LSOA, about 1,500 residents) coloured by its national decile on
        the {info.title}, on {info.lsoaYear} neighbourhoods.
      </p>
      <p>
        <Link to={`/area/${area.code}`}>Back to the profile of {area.name}</Link> ·{' '}
        <Link to={`/neighbourhoods/${area.code}/analysis`}>
          Analyse {area.name}&apos;s neighbourhoods on any variable
        </Link>
      </p>
      <StateNotices notices={[...dashboard.notices, ...(measureNotice ? [measureNotice] : [])]} />
      <div className="england-map__controls">
        <div className="form-group">
          <label htmlFor="lsoa-edition">Edition</label>
          <select
            id="lsoa-edition"
            value={edition}
            onChange={(e) => {
              const chosen = readEdition(e.target.value)
              // IDACI is not in the 2019 files: fall back to the overall IMD there.
              dashboard.update(
                { edition: String(chosen) as typeof dashboard.state.edition, domain: readMeasure(measure, chosen) },
                { replace: true },
              )
            }}
          >
            {NEIGHBOURHOOD_EDITIONS.map((e) => (
              <option key={e} value={e}>
                IoD{e} on {EDITIONS[e].lsoaYear} neighbourhoods
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor="lsoa-domain">Measure</label>
          <select
            id="lsoa-domain"
            value={measure}
            onChange={(e) => dashboard.update({ domain: readMeasure(e.target.value, edition) }, { replace: true })}
          >
            {info.measures.map((m) => (
              <option key={m} value={m}>
                {measureLabel(m)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {lsoa.error || !lsoa.data ? (
        <PendingPage load={loadOf([lsoa])}>Loading the neighbourhoods of {area.name}…</PendingPage>
      ) : (
        <NeighbourhoodBody area={area} edition={edition} measure={measure} topology={lsoa.data.topology} />
      )}
    </>
  )
}

function NeighbourhoodBody({
  area,
  edition,
  measure,
  topology,
}: {
  area: Area
  edition: NeighbourhoodEdition
  measure: Lsoa21Measure
  topology: { objects: Record<string, unknown> }
}) {
  const info = EDITIONS[edition]
  const label = measureLabel(measure)
  const features = useMemo(
    () =>
      edition === 2025
        ? topologyToFeatures<Lsoa21Properties>(topology, 'lsoa')
        : topologyToFeatures<LsoaProperties>(topology, 'lsoa'),
    [topology, edition],
  ) as CodedFeature[]
  const standings = useMemo(
    () =>
      new Map(
        features.map((f) => [
          f.properties.code,
          edition === 2025
            ? readLsoa21Standing(f.properties as Lsoa21Properties, measure)
            : readLsoaStanding(f.properties as LsoaProperties, measure as LsoaDomain),
        ]),
      ),
    [features, measure, edition],
  )
  const ordered = useMemo(
    () => [...features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en-GB')),
    [features],
  )
  const bounds = useMemo(() => boundsOfFeatures(features), [features])
  if (!bounds) return <p>{area.name} has no neighbourhood boundaries in this edition.</p>

  const rows = [...standings.values()]
  const counts = countByDecile(rows)
  const legend = counts.map((n, i) => ({ fill: decileFill(i + 1), label: describeDecile(i + 1), count: n }))
  const csv = neighbourhoodCsv(rows, info)
  const title = `${area.name}: neighbourhoods by ${label} decile, ${info.title} (${info.lsoaYear} LSOAs)`
  const describe = (code: string): MapFeatureInfo | undefined => {
    const s = standings.get(code)
    if (!s) return undefined
    const place = s.ward ? `${s.ward} ward` : undefined
    const score = s.score !== undefined ? `Score ${s.score}` : undefined
    const lines = [
      s.ward ?? s.name,
      ...(s.ward ? [s.name] : []),
      s.code,
      `${label}: decile ${describeDecile(s.decile)}`,
      s.rankText,
      ...(score ? [score] : []),
    ]
    return {
      fill: s.fill,
      tooltip: lines,
      label: `${s.name}${place ? `, ${place}` : ''} (${s.code}). ${label}: decile ${describeDecile(s.decile)}. ${s.rankText}.`,
    }
  }
  return (
    <>
      <h2>
        {label}: {rows.length} neighbourhoods
      </h2>
      <figure className="england-map__layout">
        <div className="england-map__map">
          <p className="hint">
            Hover over or tab to a neighbourhood to see its {edition === 2025 ? 'ward' : 'name'}, rank and decile.{' '}
            <a href="#lsoa-table">Skip the map and go to the table</a>
          </p>
          <ChoroplethMap
            features={ordered}
            layerKey={`${area.code}:${edition}:${measure}`}
            describe={describe}
            view={bounds}
            label={`Map of ${area.name}'s neighbourhoods by ${label} decile`}
          />
        </div>
        <MapLegend
          title={`${label}, national decile`}
          items={legend}
          note={`Deciles rank all ${info.lsoaCount.toLocaleString('en-GB')} LSOAs in England: decile 1 is the most deprived 10% nationally. Darker means more deprived.`}
        />
        <figcaption className="caption">
          {info.source} {LICENCE_LINE}
        </figcaption>
        <MapDownloads
          features={ordered}
          fillOf={(code) => standings.get(code)?.fill}
          legend={legend}
          frame={{
            title,
            subtitle: `National deciles of all ${info.lsoaCount.toLocaleString('en-GB')} LSOAs in England; decile 1 is the most deprived 10%`,
            sourceLine: info.source,
            licenceLine: LICENCE_LINE,
          }}
          name={{ authority: area.name, indicator: `neighbourhoods-${measure}-decile`, from: edition }}
          description={`Map of ${area.name}'s neighbourhoods by ${label} decile, ${info.title}`}
          csv={csv}
        />
      </figure>
      <DecileSummary
        areaName={area.name}
        measureLabel={label}
        editionTitle={info.title}
        rows={compareDeciles(counts, englandDecileCounts(info.lsoaCount))}
      />
      <h2>Every neighbourhood</h2>
      <LsoaTable
        id="lsoa-table"
        caption={`${area.name}: ${label}, ${info.title}: ${edition === 2025 ? 'ward, score, ' : ''}rank and decile of each neighbourhood`}
        rows={rows}
        lsoaCount={info.lsoaCount}
        showWard={edition === 2025}
        csv={csv}
        sourceLine={info.source}
        licenceLine={LICENCE_LINE}
      />
    </>
  )
}

/** A former authority (or one without a file) points to the authorities that cover its area now. */
function NoMap({ area, areas, code }: { area: Area; areas: readonly Area[]; code: string }) {
  const successors = (area.successors ?? []).map((c) => areas.find((a) => a.code === c)).filter((a) => a !== undefined)
  return (
    <>
      <UnknownArea
        code={code}
        message={`There is no neighbourhood map for ${area.name}${area.status === 'former' ? ', a former authority' : ''}.`}
      />
      {successors.length > 0 ? (
        <p>
          Its area is now covered by{' '}
          {successors.map((s, i) => (
            <span key={s.code}>
              {i > 0 ? ' and ' : ''}
              <Link to={`/neighbourhoods/${s.code}`}>{s.name}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}
    </>
  )
}
