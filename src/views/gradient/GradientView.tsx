import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link, useParams } from 'react-router'
import { downloadText } from '../../charts/shared/download'
import { createGradientClient } from '../../gradient/client'
import { DISCLOSURE_RULE } from '../../gradient/disclosure'
import type { GradientResponse } from '../../gradient/protocol'
import { SYNTHETIC_LABEL, syntheticCsv } from '../../gradient/synthetic'
import { formatDescription, templateCsv } from '../../gradient/templates'
import type { ColumnChoice, GradientReference, GradientResult, Measure, UploadProblem } from '../../gradient/types'
import { areasQuery, lsoa21FileQuery, lsoaFileQuery } from '../../data/queries'
import { topologyToFeatures } from '../../map/topology'
import type { Area } from '../../schema/areas'
import type { Lsoa21Properties, LsoaProperties } from '../../schema/geo'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { resolveRouteArea } from '../shared/resolveRouteArea'
import { buildReference } from './buildReference'
import { ConfirmColumns } from './ConfirmColumns'
import { GradientResults, type DecileMaps } from './GradientResults'
import { cwipGradientQuery, lsoaIndexQuery, lsoaPopulationQuery } from './gradientQueries'
import { UploadPanel } from './UploadPanel'
import { useResultInAddress } from './useResultInAddress'
import './gradient.css'

type Phase =
  | { phase: 'idle' }
  | { phase: 'working'; fileName: string }
  | { phase: 'confirm'; file: File; synthetic: boolean; lsoaHeader: string; choices: ColumnChoice[] }
  | { phase: 'problems'; fileName: string; problems: UploadProblem[] }
  | { phase: 'result'; result: GradientResult; restored: boolean }
  | { phase: 'unreadable-link'; message: string }

/** /gradient/:code — a council's own intervention rates by neighbourhood deprivation, computed in the browser. */
export function GradientView() {
  const { code = '' } = useParams()
  const areas = useQuery(areasQuery())
  if (!areas.data) return <PendingPage load={loadOf([areas])}>Loading the list of authorities…</PendingPage>
  const resolved = resolveRouteArea(areas.data, code, (c) => `/gradient/${c}`)
  if (!resolved.area) return resolved.page
  if (resolved.area.status !== 'current')
    return (
      <>
        <title>Your own gradient – CSC Explorer</title>
        <h1>Your own gradient is not available for {resolved.area.name}</h1>
        <p>{resolved.area.name} is a former authority; choose the authority that covers its area now.</p>
        <p>
          <Link to="/">Find an authority</Link>
        </p>
      </>
    )
  return <GradientPage area={resolved.area} areas={areas.data} />
}

function GradientPage({ area, areas }: { area: Area; areas: readonly Area[] }) {
  const lsoa = useQuery(lsoaFileQuery(area.code))
  const lsoa21 = useQuery(lsoa21FileQuery(area.code))
  const population = useQuery(lsoaPopulationQuery(area.code))
  const index = useQuery(lsoaIndexQuery())
  const cwip = useQuery(cwipGradientQuery())
  const features = useMemo(
    () => (lsoa.data ? topologyToFeatures<LsoaProperties>(lsoa.data.topology, 'lsoa') : []),
    [lsoa.data],
  )
  const features21 = useMemo(
    () => (lsoa21.data ? topologyToFeatures<Lsoa21Properties>(lsoa21.data.topology, 'lsoa') : []),
    [lsoa21.data],
  )
  const reference = useMemo(
    () =>
      population.data && index.data && cwip.data && lsoa.data && lsoa21.data
        ? buildReference(
            area,
            areas,
            features.map((f) => f.properties),
            features21.map((f) => f.properties),
            population.data,
            index.data,
            cwip.data,
          )
        : null,
    [area, areas, features, features21, population.data, index.data, cwip.data, lsoa.data, lsoa21.data],
  )
  const load = loadOf([lsoa, lsoa21, population, index, cwip])
  return (
    <>
      <title>{`Your own gradient: ${area.name} – CSC Explorer`}</title>
      <h1>Your own gradient: {area.name}</h1>
      <p className="lead">
        Children in need, on a child protection plan or looked after, per 10,000 children in each national decile of
        neighbourhood deprivation, from your council&apos;s own counts, set against the Child Welfare Inequalities
        Project&apos;s England gradient.
      </p>
      <div className="notification-banner gradient-privacy" role="note">
        <p className="notification-banner__title">Your file stays on this computer</p>
        <p>
          The file is read and summed in your browser. Nothing is uploaded: no request this page makes carries your
          data, and the site&apos;s security policy does not allow sending data to any other site. Only totals by decile
          are shown.
        </p>
      </div>
      <p>
        <Link to={`/neighbourhoods/${area.code}`}>Neighbourhoods of {area.name}</Link> ·{' '}
        <Link to={`/area/${area.code}`}>Profile of {area.name}</Link>
      </p>
      {load.error || !reference || !cwip.data ? (
        <PendingPage load={load}>Loading the neighbourhoods of {area.name}…</PendingPage>
      ) : (
        // Keyed by authority: another authority's page starts afresh, without the previous one's results.
        <Workbench
          key={area.code}
          reference={reference}
          maps={{ 2019: features, 2025: features21 }}
          publishedRange={cwip.data.publishedRange}
        />
      )}
    </>
  )
}

function Workbench({
  reference,
  maps,
  publishedRange,
}: {
  reference: GradientReference
  maps: DecileMaps
  publishedRange: readonly [number, number]
}) {
  const client = useRef<ReturnType<typeof createGradientClient> | null>(null)
  const [state, setState] = useState<Phase>({ phase: 'idle' })
  const [moveTo2021, setMoveTo2021] = useState(false)
  const latest = useRef(0)
  const keep = useResultInAddress(reference.areaCode, (opened) =>
    setState(
      opened.ok
        ? { phase: 'result', result: opened.result, restored: true }
        : { phase: 'unreadable-link', message: opened.message },
    ),
  )
  useEffect(() => {
    const created = createGradientClient()
    client.current = created
    return () => {
      created.terminate()
      client.current = null
    }
  }, [])

  const run = async (file: File, synthetic: boolean, confirmed?: Array<Measure | null>) => {
    const worker = client.current
    if (!worker) return
    const ticket = ++latest.current
    setState({ phase: 'working', fileName: file.name })
    keep(null)
    const response: GradientResponse = await worker.run({ file, synthetic, confirmed, moveTo2021, reference })
    if (ticket !== latest.current) return
    if (response.type === 'problems') setState({ phase: 'problems', fileName: file.name, problems: response.problems })
    else if (response.type === 'confirm')
      setState({ phase: 'confirm', file, synthetic, lsoaHeader: response.lsoaHeader, choices: response.choices })
    else {
      setState({ phase: 'result', result: response.result, restored: false })
      keep(response.result)
    }
  }
  const synthetic = () => {
    const csv = syntheticCsv(reference.lsoa11, reference.cwip)
    return new File([csv], `synthetic-example-${reference.areaCode}.csv`, { type: 'text/csv' })
  }

  return (
    <>
      <section aria-labelledby="gradient-prepare-title">
        <h2 id="gradient-prepare-title">Prepare your file</h2>
        <p>
          One row per neighbourhood (lower-layer super output area, LSOA) with its code in a column{' '}
          <code>lsoa_code</code>, and one or more columns of counts of children: <code>cin</code> (in need),{' '}
          <code>cpp</code> (on a child protection plan), <code>cla</code> (looked after). 2011 or 2021 LSOA codes, not
          both. Suppressed cells (c, x, *) are kept as unknown, never 0. CSV or Excel (.xlsx).
        </p>
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadText(
                templateCsv(reference.lsoa11.codes),
                `gradient-template-${reference.areaCode}.csv`,
                'text/csv;charset=utf-8',
              )
            }
          >
            Download a template for {reference.areaName} (CSV)
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadText(
                formatDescription(reference.areaName),
                'gradient-file-format.txt',
                'text/plain;charset=utf-8',
              )
            }
          >
            Download the format description
          </button>
        </div>
      </section>
      <section aria-labelledby="gradient-upload-title">
        <h2 id="gradient-upload-title">Your counts</h2>
        <UploadPanel busy={state.phase === 'working'} onFile={(file) => void run(file, false)} />
        <div className="checkboxes">
          <input
            type="checkbox"
            id="gradient-move"
            checked={moveTo2021}
            aria-describedby="gradient-move-hint"
            onChange={(e) => setMoveTo2021(e.target.checked)}
          />
          <label htmlFor="gradient-move">Move 2011 codes onto 2021 neighbourhoods (Indices of Deprivation 2025)</label>
          <p className="hint" id="gradient-move-hint">
            Split neighbourhoods share their counts in proportion to Census 2021 children aged 0-15. A file of 2021
            codes is read against the 2025 deciles without this.
          </p>
        </div>
        <p>
          No file to hand?{' '}
          <button type="button" className="button button--secondary" onClick={() => void run(synthetic(), true)}>
            Use a synthetic example
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const file = synthetic()
              void file.text().then((text) => downloadText(text, file.name, 'text/csv;charset=utf-8'))
            }}
          >
            Download the synthetic example (CSV)
          </button>
        </p>
        <p className="hint">
          The example is labelled “{SYNTHETIC_LABEL}”: counts drawn at random, with a fixed seed, from the
          neighbourhoods&apos; child populations and CWIP&apos;s England 2015 rates.
        </p>
      </section>
      <div aria-live="polite" className="gradient-status">
        {state.phase === 'working' ? <p role="status">Reading “{state.fileName}” in your browser…</p> : null}
      </div>
      {state.phase === 'problems' ? (
        <div className="error-summary" role="alert" aria-labelledby="gradient-problems-title">
          <h2 className="error-summary__title" id="gradient-problems-title">
            “{state.fileName}” could not be used
          </h2>
          <p>Nothing was computed. Fix these and choose the file again:</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p.message} data-kind={p.kind}>
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.phase === 'confirm' ? (
        <ConfirmColumns
          lsoaHeader={state.lsoaHeader}
          choices={state.choices}
          onConfirm={(measures) => void run(state.file, state.synthetic, measures)}
          onCancel={() => setState({ phase: 'idle' })}
        />
      ) : null}
      {state.phase === 'unreadable-link' ? (
        <div className="error-summary" role="alert" aria-labelledby="gradient-link-title">
          <h2 className="error-summary__title" id="gradient-link-title">
            The results in this link cannot be shown
          </h2>
          <p>{state.message}</p>
          <p>Nothing else is affected: choose the council&apos;s file again, or use the synthetic example.</p>
        </div>
      ) : null}
      {state.phase === 'result' ? (
        <GradientResults result={state.result} restored={state.restored} maps={maps} publishedRange={publishedRange} />
      ) : (
        <p className="gradient-rule">{DISCLOSURE_RULE}</p>
      )}
    </>
  )
}
