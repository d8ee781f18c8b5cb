import { useMemo } from 'react'
import { buildSmallMultiples, type SmallMultipleInput } from '../../charts/smallMultiples/buildSmallMultiples'
import { SmallMultiplesChart } from '../../charts/smallMultiples/SmallMultiplesChart'
import type { Area } from '../../schema/areas'
import type { Indicator } from '../../schema/indicators'
import type { Manifest } from '../../schema/manifest'
import type { Series } from '../../schema/series'
import { LICENCE_LINE } from '../shared/sourceLine'
import { asPhrase } from '../../model/comparatorGroups'
import { indicatorsWithRole } from '../../model/indicators'
import { lastYearShown } from '../../model/lifetimes'
import { lifetimeLine } from '../../model/series'
import { summariseMembersByYear } from '../../model/summaries'

/** Builds one panel per indicator: the authority, the group's mean (as LAIT) and England. */
export function buildSmallMultipleInputs(
  area: Area,
  memberCodes: readonly string[],
  seriesById: ReadonlyMap<string, Series>,
  indicators: readonly Indicator[],
): SmallMultipleInput[] {
  return indicatorsWithRole(indicators, 'smallMultiples').flatMap((indicator) => {
    const id = indicator.id
    const series = seriesById.get(id)
    if (!series) return []
    const group = summariseMembersByYear({ series }, memberCodes, 'mean')
    return [
      {
        key: id,
        title: indicator.shortLabel,
        spec: indicator,
        lines: [
          {
            key: 'area',
            label: area.name,
            role: 'area' as const,
            years: series.years,
            values: lifetimeLine(series, area, indicator.yearType).values,
          },
          {
            key: 'group',
            label: 'Group mean',
            role: 'group' as const,
            years: series.years,
            values: group.map((g) => g.value),
            notes: group.map((g) => `${g.withData} of ${g.members} had data`),
          },
          {
            key: 'england',
            label: 'England (published)',
            role: 'england' as const,
            years: series.years,
            values: series.england,
          },
        ],
      },
    ]
  })
}

export function SmallMultiplesSection(props: {
  area: Area
  memberCodes: readonly string[]
  groupLabel: string
  seriesById: ReadonlyMap<string, Series>
  indicators: readonly Indicator[]
  manifest: Manifest
}) {
  const { area, memberCodes, seriesById, indicators, manifest } = props
  const inputs = useMemo(
    () => buildSmallMultipleInputs(area, memberCodes, seriesById, indicators),
    [area, memberCodes, seriesById, indicators],
  )
  const years = inputs.flatMap((i) => i.lines.flatMap((l) => [...l.years]))
  const firstYear = Math.max(2010, Math.min(...years))
  const lastYear = lastYearShown(area, Math.max(...years))
  const model = useMemo(() => buildSmallMultiples(inputs, { firstYear, lastYear }), [inputs, firstYear, lastYear])
  const missing = indicatorsWithRole(indicators, 'smallMultiples')
    .filter((i) => !inputs.some((input) => input.key === i.id))
    .map((i) => i.shortLabel)
  const publishers = [
    ...new Set(
      inputs
        .flatMap((i) => indicators.find((x) => x.id === i.key)?.source ?? [])
        .map((sid) => {
          const s = manifest.sources.find((m) => m.id === sid)
          return s ? `${s.publisher}, ${s.title}` : sid
        }),
    ),
  ]
  if (model.panels.length === 0) return null
  return (
    <>
      <h2>Several indicators at once</h2>
      <p className="method-note">
        Each panel has its own scale, starting at zero. The group line is the mean of{' '}
        {asPhrase(props.groupLabel, area.name)} with a figure each year; the CSV download says how many had data in each
        year.
        {missing.length ? ` Not yet available: ${missing.join(', ')}.` : ''}
      </p>
      <SmallMultiplesChart
        model={model}
        title={`${area.name}, its comparator group and England on ${model.panels.map((p) => p.title).join(', ')}, ${firstYear} to ${lastYear}`}
        sourceLine={`Source: ${publishers.join('; ')}.`}
        licenceLine={LICENCE_LINE}
        name={{ authority: area.name, indicator: 'group-trends', from: firstYear, to: lastYear }}
      />
    </>
  )
}
