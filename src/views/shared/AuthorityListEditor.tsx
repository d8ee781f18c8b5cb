import type { Area } from '../../schema/areas'
import { AreaPicker } from './AreaPicker'

/**
 * A short list of authorities the user builds: a picker to add one (until the list is full) and a remove button per
 * authority, each naming it for screen readers.
 */
export function AuthorityListEditor({
  id,
  label,
  codes,
  areas,
  exclude = [],
  max,
  nameOf,
  onChange,
}: {
  /** The picker's element id. */
  id: string
  /** The picker's label, e.g. "Add an authority to your list (up to 5)". */
  label: string
  codes: readonly string[]
  areas: readonly Area[]
  /** Authorities not offered (e.g. the one the list is compared with). */
  exclude?: readonly string[]
  max: number
  nameOf: (code: string) => string
  onChange: (codes: string[]) => void
}) {
  return (
    <div className="inset">
      {codes.length >= max ? (
        <p>The list is full ({max} authorities): remove one to add another.</p>
      ) : (
        <AreaPicker
          id={id}
          label={label}
          areas={areas.filter((a) => !exclude.includes(a.code) && !codes.includes(a.code))}
          value={null}
          onChange={(code) => onChange([...codes, code])}
        />
      )}
      {codes.length > 0 && (
        <ul>
          {codes.map((code) => (
            <li key={code}>
              {nameOf(code)}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(codes.filter((c) => c !== code))}
              >
                Remove<span className="visually-hidden"> {nameOf(code)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
