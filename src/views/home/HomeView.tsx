import { useQuery } from '@tanstack/react-query'
import { areasQuery, manifestQuery } from '../../data/queries'

export function HomeView() {
  const manifest = useQuery(manifestQuery())
  const areas = useQuery(areasQuery())
  if (manifest.isPending || areas.isPending) return <p role="status">Loading the list of authorities…</p>
  const error = manifest.error ?? areas.error
  if (error) {
    return (
      <div role="alert">
        <p>{error.message}</p>
        <button type="button" onClick={() => void Promise.all([manifest.refetch(), areas.refetch()])}>
          Try again
        </button>
      </div>
    )
  }
  const current = (areas.data ?? []).filter((a) => a.status === 'current')
  return (
    <>
      <h1>CSC Explorer</h1>
      <p>{current.length} local authorities with children&apos;s services</p>
      <ul>
        {current.map((a) => (
          <li key={a.code}>
            {a.name} ({a.region})
          </li>
        ))}
      </ul>
    </>
  )
}
