/**
 * The build of the app: its entry script's content-hashed file name (`index-BdX2k9.js`, the same for every page of one
 * build). What is kept in this browser from the views' drawings is only reused by the build that made it, since a new
 * build may draw them differently.
 */
export function appBuild(): string {
  const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src
  return src ? (new URL(src).pathname.split('/').pop() ?? src) : 'development'
}
