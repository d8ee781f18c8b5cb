// Runs one data build in this process and prints its wall time and peak memory as JSON (used by bench/run.ts, which
// starts it in a fresh process per run so peak memory is the build's own).
import { buildData } from '../scripts/build-data'

const [rawDir, outDir] = process.argv.slice(2)
if (!rawDir || !outDir) throw new Error('usage: etlProbe RAW_DIR OUT_DIR')
const started = performance.now()
await buildData({ rawDir, outDir, log: () => undefined })
const ms = performance.now() - started
process.stdout.write(JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n')
