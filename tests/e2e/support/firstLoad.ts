/**
 * How long an assertion may wait for the first thing a freshly opened view draws from its data. Playwright's default
 * of 5 s is too short on a shared machine under load: the England map needs about 1.5 s after the load event on an
 * idle CPU, about 4 s on a CPU four times slower and over 5 s at six times (measured with Chromium's CPU throttling),
 * because the route's scripts load first, then the data files, then the boundaries are drawn. The suite's other first
 * loads wait as long; how fast a view opens is measured by `npm run bench`, not here.
 */
export const FIRST_LOAD = { timeout: 20_000 } as const
