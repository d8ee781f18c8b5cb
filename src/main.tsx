import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HomeView } from './views/home/HomeView'

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } })

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HomeView />
    </QueryClientProvider>
  </StrictMode>,
)
