/** Saves text or a blob as a file through a temporary object URL (no server, no external service). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function downloadText(text: string, fileName: string, type: string): void {
  // A byte-order mark lets Excel read UTF-8 (£, accents) correctly.
  downloadBlob(new Blob([type.startsWith('text/csv') ? '\ufeff' : '', text], { type }), fileName)
}
