import { useMemo } from 'react'

/**
 * The same array object for as long as the list's content is the same, so what is computed from it (a map's bounds,
 * its layer) is not worked out again when a render only rebuilds an equal list: a new indicator on the England map
 * recolours the same authorities.
 */
export function useStableList(list: readonly string[]): readonly string[] {
  const key = list.join('\n')
  // The content is the dependency, not the array's identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => list, [key])
}
