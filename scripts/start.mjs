// `npm start`: serves the dashboard with Vite's dev server on 127.0.0.1:5173, and only there. If the port is taken
// (often an earlier `npm start` still running) it says so plainly and stops, rather than moving to another port the
// reader was not told about.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

const host = '127.0.0.1'
const port = Number(process.env.PORT ?? 5173)

const probe = createServer()
probe.once('error', (error) => {
  if (error.code !== 'EADDRINUSE') throw error
  console.error(
    `\nPort ${port} on ${host} is already in use (an earlier \`npm start\` still running?).\n` +
      `Stop that program, or choose another port: PORT=5180 npm start\n`,
  )
  process.exit(1)
})
probe.listen(port, host, () => {
  probe.close(() => {
    const vite = spawn('npx', ['vite', '--host', host, '--port', String(port), '--strictPort'], { stdio: 'inherit' })
    vite.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
  })
})
