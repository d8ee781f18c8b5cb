import { useQueries } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { seriesQuery } from '../../data/queries'
import { TOPIC_NAMES } from '../../model/indicators'
import type { Area } from '../../schema/areas'
import { TOPICS, type Indicator } from '../../schema/indicators'
import { loadOf } from '../shared/pageLoad'
import { PendingPage } from '../shared/PendingPage'
import { buildTopicRow } from './buildTopicRow'

/**
 * Every indicator in the catalogue, one collapsed section per topic: a topic's series are fetched only when its
 * section is opened, so the profile's first load stays as small as before.
 */
export function TopicSections({
  area,
  areas,
  indicators,
}: {
  area: Area
  areas: readonly Area[]
  indicators: readonly Indicator[]
}) {
  return (
    <>
      {TOPICS.map((topic) => {
        const inTopic = indicators.filter((i) => i.topic === topic && i.unit !== 'rank')
        return inTopic.length ? (
          <TopicSection key={topic} name={TOPIC_NAMES[topic]} area={area} areas={areas} indicators={inTopic} />
        ) : null
      })}
    </>
  )
}

function TopicSection(props: { name: string; area: Area; areas: readonly Area[]; indicators: Indicator[] }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="topic-section" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {props.name} <span className="hint">({props.indicators.length} indicators)</span>
      </summary>
      {open && <TopicTable {...props} />}
    </details>
  )
}

function TopicTable({
  name,
  area,
  areas,
  indicators,
}: {
  name: string
  area: Area
  areas: readonly Area[]
  indicators: Indicator[]
}) {
  const results = useQueries({ queries: indicators.map((i) => seriesQuery(i.id)) })
  const load = loadOf(results)
  if (load.pending || load.error) return <PendingPage load={load}>Loading {name.toLowerCase()}…</PendingPage>
  const rows = indicators.flatMap((indicator, i) => {
    const series = results[i]?.data
    return series ? [buildTopicRow(indicator, series, area, areas)] : []
  })
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {name}: {area.name}'s latest figure for each indicator, England's, and its quartile band among English
          authorities
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              {area.name}
            </th>
            <th scope="col" className="num">
              England
            </th>
            <th scope="col">Quartile band</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicator.id}>
              <th scope="row">
                <Link to={`/compare?area=${area.code}&indicator=${row.indicator.id}`}>{row.indicator.label}</Link>
              </th>
              <td>{row.when}</td>
              <td className="num">{row.value}</td>
              <td className="num">{row.england}</td>
              <td>{row.band}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
