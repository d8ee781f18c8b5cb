import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

/**
 * A static file host that behaves like GitHub Pages: it serves files as they are, with no rewrite rules, and answers
 * any unknown path below a folder that has a 404.html with that page and status 404. That is what a deployed copy
 * of the app relies on for deep links (README, "Deploying"). `root` may be a function, read at every request, so a
 * test can publish a new release at the same address.
 */
export async function startStaticHost(
  rootOrCurrentRoot: string | (() => string),
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const root = typeof rootOrCurrentRoot === 'string' ? rootOrCurrentRoot : rootOrCurrentRoot()
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname)
    const path = normalize(join(root, pathname))
    if (!path.startsWith(root)) {
      res.writeHead(400).end()
      return
    }
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path
    if (existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).pipe(res)
      return
    }
    // The nearest 404.html on the way up from the requested folder, as a project site's own 404 page.
    let folder = pathname.split('/').slice(0, -1)
    while (folder.length > 0) {
      const notFound = join(root, ...folder, '404.html')
      if (existsSync(notFound)) {
        res.writeHead(404, { 'content-type': TYPES['.html'] as string })
        createReadStream(notFound).pipe(res)
        return
      }
      folder = folder.slice(0, -1)
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
