import { resolve } from 'node:path'

export const REPO_DIR = resolve(import.meta.dirname, '../..')

/**
 * The raw data directory when none is passed on the command line: CSC_RAW_DIR (relative paths from the repository),
 * else data/raw, where `npm run data:fetch` puts the files.
 */
export function rawDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(REPO_DIR, env.CSC_RAW_DIR ?? 'data/raw')
}
