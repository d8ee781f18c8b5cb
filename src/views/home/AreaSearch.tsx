import { useNavigate } from 'react-router'
import type { Area } from '../../schema/areas'
import { MAX_QUERY_LENGTH } from '../../search/searchAreas'
import { areaOptionGroups } from '../shared/areaOptions'
import { Combobox } from '../shared/Combobox'

/** The home page's authority search: the shared combobox as a search box; choosing a match opens its profile. */
export function AreaSearch({ areas }: { areas: readonly Area[] }) {
  const navigate = useNavigate()
  return (
    <Combobox
      id="home-search"
      label="Find a local authority"
      hint="Name, former name, district (such as Harrogate), GSS code (such as E08000016) or DfE LA number"
      listLabel="Matching authorities"
      noun={['authority', 'authorities']}
      optionsFor={(query) => areaOptionGroups(query, areas, { browse: false })}
      onChoose={(area) => void navigate(`/area/${area.code}`)}
      noMatch={(query) => `No authority matches “${query}”. Check the spelling, or try the code.`}
      maxLength={MAX_QUERY_LENGTH}
    />
  )
}
