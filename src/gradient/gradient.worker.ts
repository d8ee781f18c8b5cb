/// <reference lib="webworker" />
import { analyse, type AnalyseOutcome } from './analyse'
import { TableReadError } from './csv'
import type { GradientRequest } from './protocol'
import { readTable } from './readTable'

// The worker reads the user's file, checks it and sums it by decile. Nothing here makes a request: the file is read
// from memory, and only the outcome (decile totals, or problems) is posted back to the page.
self.onmessage = async (event: MessageEvent<GradientRequest>) => {
  const request = event.data
  let outcome: AnalyseOutcome
  try {
    const bytes = new Uint8Array(await request.file.arrayBuffer())
    if (bytes.length === 0)
      outcome = {
        type: 'problems',
        problems: [{ kind: 'empty', message: `"${request.file.name}" is empty (0 bytes).` }],
      }
    else {
      const table = await readTable(request.file.name, bytes)
      outcome = analyse(
        {
          table,
          fileName: request.file.name,
          synthetic: request.synthetic,
          confirmed: request.confirmed,
          moveTo2021: request.moveTo2021,
        },
        request.reference,
      )
    }
  } catch (error) {
    const message =
      error instanceof TableReadError ? error.message : `"${request.file.name}" could not be read: ${String(error)}`
    const kind = error instanceof TableReadError ? error.kind : 'unreadable'
    outcome = { type: 'problems', problems: [{ kind, message }] }
  }
  self.postMessage({ id: request.id, ...outcome })
}
