import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { lsoaDecilesQuery, lsoaFileQuery, manifestQuery } from '../../data/queries'
import { ChoroplethMap, type MapFeatureInfo } from '../../map/ChoroplethMap'
import {
  countByDecile,
  decileFill,
  describeDecile,
  LSOA_DOMAIN_LABELS,
  readLsoaStanding,
  readDecileSummary,
} from '../../map/lsoaMap'
import { MapDownloads } from '../../map/MapDownloads'
import { MapLegend } from '../../map/MapLegend'
import { BOUNDARY_ATTRIBUTION } from '../../map/palette'
import { boundsOfFeatures, topologyToFeatures } from '../../map/topology'
import { findAreaByCode } from '../../schema/areas'
import { LSOA_DOMAINS, type LsoaProperties } from '../../schema/geo'
import { useDashboardState } from '../../state/useDashboardState'
import { combineLoads, loadOf, loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { StateNotices } from '../shared/StateNotices'
import { DecileSummary } from './DecileSummary'
import { LsoaTable } from './LsoaTable'
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
        <Link to="/">Find an authority</Link> or go to the <Link to="/map">map of England</Link>.
      </p>
    </>
  )
}

const LSOA_SOURCE =
  'Source: Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2019 (LSOA 2011 ranks and deciles).'

/** /neighbourhoods/:code: the authority's LSOAs by IMD 2019 decile on a chosen domain, with a summary and table. */
export function NeighbourhoodsView() {
  const { code: rawCode = '' } = useParams()
  const dashboard = useDashboardState()
  const { domain } = dashboard.state
  const areas = dashboard.catalogue?.areas
  const manifest = useQuery(manifestQuery())
  const wanted = rawCode.trim().toUpperCase()
  const area = areas ? findAreaByCode(areas, wanted) : undefined
  const filePath = area ? `lsoa/${area.code}.json` : undefined
  const hasFile = !!filePath && !!manifest.data?.files.some((f) => f.path === filePath)
  const lsoa = useQuery({ ...lsoaFileQuery(area?.code ?? ''), enabled: hasFile })
  const deciles = useQuery(lsoaDecilesQuery())

  const features = useMemo(
    () => (lsoa.data ? topologyToFeatures<LsoaProperties>(lsoa.data.topology, 'lsoa') : []),
    [lsoa.data],
  )
  const standings = useMemo(() => {
    const byCode = new Map(features.map((f) => [f.properties.code, readLsoaStanding(f.properties, domain)]))
    return byCode
  }, [features, domain])
  const ordered = useMemo(
    () => [...features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en-GB')),
    [features],
  )
  const bounds = useMemo(() => boundsOfFeatures(features), [features])

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
  if (!hasFile) {
    const successors = (area.successors ?? [])
      .map((c) => areas.find((a) => a.code === c))
      .filter((a) => a !== undefined)
    return (
      <>
        <UnknownArea
          code={rawCode}
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

  const domainLabel = LSOA_DOMAIN_LABELS[domain]
  const rows = [...standings.values()]
  const domainCounts = countByDecile(rows)
  const legendItems = domainCounts.map((n, i) => ({ fill: decileFill(i + 1), label: describeDecile(i + 1), count: n }))
  const describe = (code: string): MapFeatureInfo | undefined => {
    const s = standings.get(code)
    if (!s) return undefined
    return {
      fill: s.fill,
      tooltip: [s.name, s.code, `${domainLabel}: decile ${describeDecile(s.decile)}`, s.rankText],
      label: `${s.name} (${s.code}). ${domainLabel}: decile ${describeDecile(s.decile)}. ${s.rankText}.`,
    }
  }

  return (
    <>
      <title>{`Neighbourhoods in ${area.name} – CSC Explorer`}</title>
      <h1>Neighbourhoods in {area.name}</h1>
      <p className="lead">
        Each small area (lower-layer super output area, LSOA, about 1,500 residents) coloured by its national decile on
        the English Indices of Deprivation 2019.
      </p>
      <p>
        <Link to={`/area/${area.code}`}>Back to the profile of {area.name}</Link>
      </p>
      <StateNotices notices={dashboard.notices} />
      <div className="form-group">
        <label htmlFor="lsoa-domain">Domain</label>
        <select
          id="lsoa-domain"
          value={domain}
          onChange={(e) => {
            const chosen = LSOA_DOMAINS.find((d) => d === e.target.value)
            if (chosen) dashboard.update({ domain: chosen }, { replace: true })
          }}
        >
          {LSOA_DOMAINS.map((d) => (
            <option key={d} value={d}>
              {LSOA_DOMAIN_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      {lsoa.error || !bounds ? (
        <PendingPage load={loadOf([lsoa])}>Loading the neighbourhoods of {area.name}…</PendingPage>
      ) : (
        <>
          <h2>
            {domainLabel}: {rows.length} neighbourhoods
          </h2>
          <div className="england-map__layout">
            <div className="england-map__map">
              <p className="hint">
                Hover over or tab to a neighbourhood to see its rank and decile.{' '}
                <a href="#lsoa-table">Skip the map and go to the table</a>
              </p>
              <ChoroplethMap
                features={ordered}
                layerKey={`${area.code}:${domain}`}
                describe={describe}
                view={bounds}
                label={`Map of ${area.name}'s neighbourhoods by ${domainLabel} decile`}
              />
            </div>
            <MapLegend
              title={`${domainLabel}, national decile`}
              items={legendItems}
              note="Deciles rank all 32,844 LSOAs in England: decile 1 is the most deprived 10% nationally. Darker means more deprived."
            />
          </div>
          <p className="caption">
            {LSOA_SOURCE} {BOUNDARY_ATTRIBUTION}
          </p>
          <MapDownloads
            features={ordered}
            fillOf={(c) => standings.get(c)?.fill}
            legend={legendItems}
            frame={{
              title: `Neighbourhoods in ${area.name} by ${domainLabel} decile`,
              subtitle: 'National deciles of all 32,844 LSOAs in England; decile 1 is the most deprived 10%',
              sourceLine: LSOA_SOURCE,
              licenceLine: BOUNDARY_ATTRIBUTION,
            }}
            name={{ authority: area.name, indicator: `neighbourhoods-${domain}-decile`, from: 2019 }}
            description={`Map of ${area.name}'s neighbourhoods by ${domainLabel} decile`}
          />
          {!deciles.data ? (
            <PendingPage load={loadOf([deciles])}>Loading the decile summary…</PendingPage>
          ) : (
            <DecileSummary
              areaName={area.name}
              summary={readDecileSummary(deciles.data, area.code)}
              domainCounts={domainCounts}
              domainLabel={domainLabel}
              showDomainColumn={domain !== 'imd'}
            />
          )}
          <h2>Every neighbourhood</h2>
          <LsoaTable
            id="lsoa-table"
            caption={`${area.name}: ${domainLabel}, rank and decile of each neighbourhood`}
            rows={rows}
          />
        </>
      )}
    </>
  )
}
