import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_DIR } from '../../scripts/lib/rawDir'

/** Tracked text files: what a fresh clone has. */
const tracked = execFileSync('git', ['ls-files'], { cwd: REPO_DIR, encoding: 'utf8' })
  .split('\n')
  .filter(
    (f) => /\.(ts|tsx|mjs|js|md|json|css|html)$/.test(f) && !f.startsWith('public/data/') && f !== 'package-lock.json',
  )

describe('the repository stands on its own', () => {
  it('every relative link in the README and docs points at a file in the repository', () => {
    const broken: string[] = []
    for (const doc of tracked.filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(REPO_DIR, doc), 'utf8')
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (!target || /^[a-z]+:/i.test(target)) continue
        if (!existsSync(join(REPO_DIR, dirname(doc), target))) broken.push(`${doc} → ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('no file sends the reader to the design note or data outside the repository, or names a machine path', () => {
    const outside: string[] = []
    for (const file of tracked) {
      const text = readFileSync(join(REPO_DIR, file), 'utf8')
      text.split('\n').forEach((line, i) => {
        // A machine path is absolute (/home/someone…): a folder of the app named home (./views/home/…) is not one.
        if (
          /\.\.\/shared\/DESIGN|DESIGN\.md|\/work\/|(?<![\w.])\/home\/[a-z]/.test(line) &&
          file !== 'tests/unit/selfContained.test.ts'
        )
          outside.push(`${file}:${i + 1}`)
      })
    }
    expect(outside).toEqual([])
  })
})
