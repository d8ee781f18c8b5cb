import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { WriteStage } from './writeJsonAtomic'

const PROCESS = resolve(import.meta.dirname, 'testing/writeOutputProcess.ts')
const FILES = 40

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Starts the stand-in build; resolves when it exits. `started` resolves once it prints its first line. */
function startWrite(dir: string, label: string, env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', PROCESS, join(dir, 'public/data'), join(dir, 'work'), label, String(FILES)],
    {
      env: { ...process.env, ...env },
    },
  )
  let stdout = ''
  let stderr = ''
  let onLine: () => void = () => undefined
  const started = new Promise<void>((resolveStarted) => (onLine = resolveStarted))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    onLine()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<Run>((resolveDone) =>
    child.on('exit', (code, signal) => resolveDone({ code, signal, stdout, stderr })),
  )
  return { started, done }
}

/** Every file under dir (relative path → contents). */
function tree(dir: string, prefix = ''): Record<string, string> {
  if (!existsSync(dir)) return {}
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name
    if (entry.isDirectory()) Object.assign(out, tree(join(dir, entry.name), rel + '/'))
    else out[rel] = readFileSync(join(dir, entry.name), 'utf8')
  }
  return out
}

/** The complete output a build labelled `label` writes. */
function completeOutput(label: string): Record<string, string> {
  const out: Record<string, string> = { 'manifest.json': `${label} manifest\n` }
  for (let i = 0; i < FILES; i++) out[i % 2 ? `series/file${i}.json` : `file${i}.json`] = `${label} ${i}\n`
  return out
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csc-write-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('writing the output', { timeout: 60_000 }, () => {
  it('replaces the whole output and leaves nothing beside it', async () => {
    expect((await startWrite(dir, 'old').done).code).toBe(0)
    expect((await startWrite(dir, 'new').done).code).toBe(0)
    expect(tree(join(dir, 'public/data'))).toEqual(completeOutput('new'))
    expect(readdirSync(join(dir, 'public'))).toEqual(['data'])
    expect(readdirSync(join(dir, 'work'))).toEqual([])
  })

  it('a second build while one runs stops with a clear message and the first completes', async () => {
    expect((await startWrite(dir, 'old').done).code).toBe(0)
    const release = join(dir, 'release')
    const first = startWrite(dir, 'first', { HOLD_AT: 'staged', HOLD_RELEASE: release })
    await first.started
    const second = await startWrite(dir, 'second').done
    expect(second.code).toBe(3)
    expect(second.stderr).toMatch(/another data build \(process \d+, started .+\) is running; wait for it to finish/)
    expect(tree(join(dir, 'public/data'))).toEqual(completeOutput('old'))
    writeFileSync(release, '')
    expect((await first.done).code).toBe(0)
    expect(tree(join(dir, 'public/data'))).toEqual(completeOutput('first'))
  })

  it('two builds started together: one writes a complete output, the other stops', async () => {
    const runs = await Promise.all([startWrite(dir, 'a').done, startWrite(dir, 'b').done])
    const codes = runs.map((r) => r.code).sort()
    // Both may succeed one after the other; never both fail, and the output is always one build's complete set.
    expect(codes[0]).toBe(0)
    expect([0, 3]).toContain(codes[1])
    const out = tree(join(dir, 'public/data'))
    expect([completeOutput('a'), completeOutput('b')]).toContainEqual(out)
  })

  const stages: (WriteStage | 'locked')[] = ['locked', 'staging', 'staged', 'validated', 'moved-aside', 'swapped']
  for (const stage of stages) {
    it(`a build killed at "${stage}" leaves nothing in public/, and the next build cleans up and says so`, async () => {
      expect((await startWrite(dir, 'old').done).code).toBe(0)
      const killed = await startWrite(dir, 'killed', { KILL_AT: stage }).done
      expect(killed.signal).toBe('SIGKILL')
      // Between the two renames the output is briefly absent; otherwise it is one build's complete set.
      const afterKill = tree(join(dir, 'public/data'))
      if (stage === 'moved-aside') expect(afterKill).toEqual({})
      else expect([completeOutput('old'), completeOutput('killed')]).toContainEqual(afterKill)
      expect(readdirSync(join(dir, 'public')).filter((name) => name !== 'data')).toEqual([])

      const next = await startWrite(dir, 'next').done
      expect(next.code).toBe(0)
      expect(next.stdout).toMatch(/removed the lock of an interrupted data build \(process \d+/)
      if (stage !== 'locked' && stage !== 'swapped') expect(next.stdout).toMatch(/left by an interrupted build/)
      if (stage === 'moved-aside') expect(next.stdout).toMatch(/restored .*public\/data from an interrupted build/)
      expect(tree(join(dir, 'public/data'))).toEqual(completeOutput('next'))
      expect(readdirSync(join(dir, 'work'))).toEqual([])
    })
  }

  it('removes the staging and previous directories the older layout left beside the output', async () => {
    for (const name of ['data.staging', 'data.previous']) {
      mkdirSync(join(dir, 'public', name, 'series'), { recursive: true })
      writeFileSync(join(dir, 'public', name, 'series', 'x.json'), '{}')
    }
    const run = await startWrite(dir, 'new').done
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/removed .*public\/data\.staging left by an interrupted build/)
    expect(readdirSync(join(dir, 'public'))).toEqual(['data'])
  })
})
