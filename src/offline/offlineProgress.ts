import type { OfflineProgress } from './offlineAuthorities'

/**
 * What making an authority available offline is doing, in words: the files downloaded so far ("Downloading
 * Barnsley's neighbourhood files: 2 of 3…"), then the view being read and the slide being drawn ("Making the
 * slides: 3 of 7…"). Pure.
 */
export function describeOfflineProgress(areaName: string, progress: OfflineProgress): string {
  const { done, total } = progress
  switch (progress.stage) {
    case 'files':
      return `Downloading ${areaName}'s neighbourhood files: ${done} of ${total}…`
    case 'views':
      return `Reading which pictures ${areaName}'s views offer: ${Math.min(done + 1, total)} of ${total}…`
    case 'slides':
      return done < total ? `Making the slides: ${done + 1} of ${total}…` : 'Keeping the slides…'
  }
}
