import type { Area } from '../../schema/areas'

/** A native select of every authority (current ones first, former ones after), keyboard and screen-reader friendly. */
export function AreaSelect({
  id,
  label,
  areas,
  value,
  onChange,
  exclude = [],
}: {
  id: string
  label: string
  areas: readonly Area[]
  value: string | null
  onChange: (code: string) => void
  exclude?: readonly string[]
}) {
  const byName = [...areas].filter((a) => !exclude.includes(a.code)).sort((a, b) => a.name.localeCompare(b.name))
  const current = byName.filter((a) => a.status === 'current')
  const former = byName.filter((a) => a.status === 'former')
  return (
    <div className="form-group">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => e.target.value && onChange(e.target.value)}>
        <option value="">Choose an authority</option>
        <optgroup label="Current authorities">
          {current.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </optgroup>
        {former.length > 0 && (
          <optgroup label="Former authorities">
            {former.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name} (former)
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  )
}
