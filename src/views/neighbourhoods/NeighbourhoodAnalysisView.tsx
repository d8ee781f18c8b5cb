import { useQueries, useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { lsoa21FileQuery } from '../../data/queries'
import type { Area } from '../../schema/areas'
import type { Lsoa21File } from '../../schema/geo'
import type { NeighbourhoodValues, NeighbourhoodVariable } from '../../schema/neighbourhoodVariables'
import {
  MAX_COMPARE,
  NEIGHBOURHOOD_ANALYSES,
  type NeighbourhoodAnalysis,
  type StateNotice,
} from '../../state/dashboardState'
import { useDashboardState } from '../../state/useDashboardState'
import { AreaPicker } from '../shared/AreaPicker'
import { combineLoads, loadOf, loadOfDashboard } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { resolveRouteArea } from '../shared/resolveRouteArea'
import { StateNotices } from '../shared/StateNotices'
import {
  collectRows,
  DEFAULT_SECOND_VARIABLE,
  DEFAULT_VARIABLE,
  numericVariables,
  resolveVariable,
} from './analysisData'
import { CompareSection } from './CompareSection'
import { CorrelationSection } from './CorrelationSection'
import { neighbourhoodCatalogueQuery, neighbourhoodIndexQuery, neighbourhoodValuesQuery } from './neighbourhoodQueries'
import { OverlapSection } from './OverlapSection'
import { QuantileMapSection } from './QuantileMapSection'
import { RegressionSection } from './RegressionSection'
import { VariableSelect } from './VariableSelect'
import './neighbourhoodAnalysis.css'
import '../shared/mapView.css'

const ANALYSIS_NAMES: Record<NeighbourhoodAnalysis, string> = {
  map: 'Quantile map',
  overlap: 'Overlap of two variables',
  correlation: 'Correlation',
  compare: 'Comparing authorities',
  regression: 'Regression',
}

/** Everything a section needs: the authorities shown, their neighbourhoods' values and the variables chosen. */
export interface AnalysisContext {
  areas: Area[]
  areaName: (code: string) => string
  rows: ReturnType<typeof collectRows>
  values: Map<string, NeighbourhoodValues>
  first: NeighbourhoodVariable
  second: NeighbourhoodVariable
  predictors: NeighbourhoodVariable[]
  numeric: NeighbourhoodVariable[]
}

/**
 * /neighbourhoods/:code/analysis: the neighbourhoods (2021 LSOAs) of an authority and up to five others, analysed on
 * any neighbourhood variable: a quantile map, an overlap map of two variables, their correlation against England's,
 * a comparison of the authorities, and a regression. Every choice is in the address.
 */
export function NeighbourhoodAnalysisView() {
  const { code: rawCode = '' } = useParams()
  const dashboard = useDashboardState()
  const { state, update } = dashboard
  const index = useQuery(neighbourhoodIndexQuery())
  const catalogue = useQuery(neighbourhoodCatalogueQuery())
  const allAreas = dashboard.catalogue?.areas
  const resolved = allAreas ? resolveRouteArea(allAreas, rawCode, (c) => `/neighbourhoods/${c}/analysis`) : null
  const primary = resolved?.area ?? null
  const areaCodes = primary
    ? [primary.code, ...state.compare.filter((c) => c !== primary.code && index.data?.areas[c])]
    : []

  const usable = catalogue.data ? numericVariables(catalogue.data) : []
  const first = catalogue.data ? resolveVariable(catalogue.data, state.nvar, DEFAULT_VARIABLE) : null
  const second = catalogue.data ? resolveVariable(catalogue.data, state.nvar2, DEFAULT_SECOND_VARIABLE) : null
  const predictors = state.predictors
    .map((id) => usable.find((v) => v.id === id))
    .filter((v): v is NeighbourhoodVariable => v !== undefined && v.id !== first?.variable.id)
  const unknownPredictors = state.predictors.filter((id) => !usable.some((v) => v.id === id))
  const wanted = first && second ? idsFor(state.analysis, first.variable, second.variable, predictors) : []
  const valueQueries = useQueries({ queries: wanted.map((id) => neighbourhoodValuesQuery(id)) })
  const needsMap = state.analysis === 'map' || state.analysis === 'overlap'
  const boundaryQueries = useQueries({
    queries: areaCodes.map((c) => ({ ...lsoa21FileQuery(c), enabled: needsMap })),
  })

  const listLoad = combineLoads([loadOfDashboard(dashboard), loadOf([index, catalogue])])
  if (listLoad.error || !allAreas || !index.data || !catalogue.data || !first || !second)
    return <PendingPage load={listLoad}>Loading the neighbourhood variables…</PendingPage>
  if (!primary) return resolved?.page ?? null
  if (!index.data.areas[primary.code])
    return (
      <>
        <title>Neighbourhood analysis not available – CSC Explorer</title>
        <h1>No neighbourhood analysis for {primary.name}</h1>
        <p>
          {primary.name} is a former authority; IoD2025 places its neighbourhoods in the authorities that replaced it.{' '}
          <Link to="/neighbourhoods">Choose a current authority</Link>.
        </p>
      </>
    )

  const areaOf = (c: string) => allAreas.find((a) => a.code === c)
  const shown = areaCodes.map(areaOf).filter((a): a is Area => a !== undefined)
  const notices: StateNotice[] = [
    ...dashboard.notices,
    ...(first.unknown
      ? [
          {
            key: 'nvar' as const,
            value: first.unknown,
            message: `There is no neighbourhood variable "${first.unknown}"; showing ${first.variable.label}.`,
          },
        ]
      : []),
    ...(second.unknown
      ? [
          {
            key: 'nvar2' as const,
            value: second.unknown,
            message: `There is no neighbourhood variable "${second.unknown}"; showing ${second.variable.label}.`,
          },
        ]
      : []),
    ...unknownPredictors.map((id) => ({
      key: 'predictors' as const,
      value: id,
      message: `There is no neighbourhood variable "${id}"; left out of the regression.`,
    })),
  ]
  const valuesLoad = loadOf(valueQueries)
  const loaded = valueQueries.map((q) => q.data).filter((d): d is NeighbourhoodValues => d !== undefined)
  const candidates = allAreas.filter(
    (a) => a.status === 'current' && index.data.areas[a.code] && !areaCodes.includes(a.code),
  )
  const names = shown.map((a) => a.name)
  const title = `Neighbourhoods of ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : primary.name}`

  return (
    <>
      <title>{`${ANALYSIS_NAMES[state.analysis]}: ${title} – CSC Explorer`}</title>
      <h1>
        {title}: {ANALYSIS_NAMES[state.analysis].toLowerCase()}
      </h1>
      <p className="lead">
        Analyse any of {usable.length} neighbourhood variables over the small areas (2021 LSOAs, about 1,500 residents
        each) of one authority or several. Figures describe places, not the families who live in them.
      </p>
      <p>
        <Link to={`/neighbourhoods/${primary.code}`}>Deprivation deciles map of {primary.name}</Link> ·{' '}
        <Link to={`/area/${primary.code}`}>Profile of {primary.name}</Link>
      </p>
      <StateNotices notices={notices} />
      <section aria-labelledby="analysis-authorities" className="analysis-controls">
        <h2 id="analysis-authorities">Authorities</h2>
        <ul className="analysis-areas">
          {shown.map((a) => (
            <li key={a.code}>
              {a.name}{' '}
              {a.code !== primary.code ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() =>
                    update((latest) => ({ compare: latest.compare.filter((c) => c !== a.code), cell: null }))
                  }
                >
                  Remove<span className="visually-hidden"> {a.name}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {areaCodes.length <= MAX_COMPARE ? (
          <AreaPicker
            id="analysis-add-area"
            label="Add an authority"
            areas={candidates}
            value={null}
            onChange={(c) =>
              update((latest) => ({ compare: [...latest.compare.filter((x) => x !== c), c], cell: null }))
            }
          />
        ) : (
          <p className="hint">At most {MAX_COMPARE + 1} authorities at once.</p>
        )}
      </section>
      <nav aria-label="Analyses" className="analysis-tabs">
        <ul>
          {NEIGHBOURHOOD_ANALYSES.map((a) => (
            <li key={a}>
              <button
                type="button"
                className={`button ${a === state.analysis ? '' : 'button--secondary'}`}
                aria-pressed={a === state.analysis}
                onClick={() => update({ analysis: a })}
              >
                {ANALYSIS_NAMES[a]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="analysis-variables">
        <VariableSelect
          id="analysis-first"
          label={
            state.analysis === 'regression'
              ? 'Outcome'
              : state.analysis === 'map' || state.analysis === 'compare'
                ? 'Variable'
                : 'First variable'
          }
          variables={usable}
          value={first.variable.id}
          onChange={(id) => update({ nvar: id === DEFAULT_VARIABLE ? null : id, cell: null })}
        />
        {state.analysis === 'overlap' || state.analysis === 'correlation' ? (
          <VariableSelect
            id="analysis-second"
            label="Second variable"
            variables={usable}
            value={second.variable.id}
            onChange={(id) => update({ nvar2: id === DEFAULT_SECOND_VARIABLE ? null : id, cell: null })}
          />
        ) : null}
      </div>
      <VariableNote
        variables={
          state.analysis === 'overlap' || state.analysis === 'correlation'
            ? [first.variable, second.variable]
            : [first.variable]
        }
      />
      {valuesLoad.error || loaded.length < wanted.length ? (
        <PendingPage load={valuesLoad}>Loading the neighbourhoods' figures…</PendingPage>
      ) : (
        <AnalysisBody
          analysis={state.analysis}
          context={{
            areas: shown,
            areaName: (c) => areaOf(c)?.name ?? c,
            rows: collectRows(index.data, areaCodes, loaded),
            values: new Map(loaded.map((v) => [v.id, v])),
            first: first.variable,
            second: second.variable,
            predictors,
            numeric: usable,
          }}
          boundaries={boundaryQueries.map((q) => q.data).filter((d): d is Lsoa21File => d !== undefined)}
          boundaryLoad={loadOf(boundaryQueries)}
        />
      )}
    </>
  )
}

/** The variables each analysis loads. */
function idsFor(
  analysis: NeighbourhoodAnalysis,
  first: NeighbourhoodVariable,
  second: NeighbourhoodVariable,
  predictors: readonly NeighbourhoodVariable[],
): string[] {
  if (analysis === 'overlap' || analysis === 'correlation') return [...new Set([first.id, second.id])]
  if (analysis === 'regression') return [first.id, ...predictors.map((p) => p.id)]
  return [first.id]
}

function VariableNote({ variables }: { variables: readonly NeighbourhoodVariable[] }) {
  return (
    <details className="analysis-definitions">
      <summary>What {variables.length > 1 ? 'these variables mean' : 'this variable means'}</summary>
      <dl>
        {variables.map((v) => (
          <div key={v.id}>
            <dt>{v.label}</dt>
            <dd>
              {v.definition} Unit: {v.unit}.{v.higherMeans ? ` Higher means ${v.higherMeans}.` : ''}
              {v.method ? ` ${v.method}` : ''}
              {v.missing ? ` ${v.missing}` : ''} Source: {v.source.publisher}, {v.source.publication} (
              <code>{v.source.file}</code>).
            </dd>
          </div>
        ))}
      </dl>
    </details>
  )
}

function AnalysisBody({
  analysis,
  context,
  boundaries,
  boundaryLoad,
}: {
  analysis: NeighbourhoodAnalysis
  context: AnalysisContext
  boundaries: Lsoa21File[]
  boundaryLoad: ReturnType<typeof loadOf>
}) {
  const needsMap = analysis === 'map' || analysis === 'overlap'
  if (needsMap && (boundaryLoad.error || boundaries.length < context.areas.length))
    return <PendingPage load={boundaryLoad}>Loading the neighbourhood boundaries…</PendingPage>
  switch (analysis) {
    case 'map':
      return <QuantileMapSection context={context} boundaries={boundaries} />
    case 'overlap':
      return <OverlapSection context={context} boundaries={boundaries} />
    case 'correlation':
      return <CorrelationSection context={context} />
    case 'compare':
      return <CompareSection context={context} />
    case 'regression':
      return <RegressionSection context={context} />
  }
}
