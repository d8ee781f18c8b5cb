import { useRef, useState, type DragEvent } from 'react'

/** Drop a file or pick one; the button and the drop zone both hand the File to `onFile`, nothing else. */
export function UploadPanel({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0]
    if (file) onFile(file)
  }
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    take(event.dataTransfer.files)
  }
  return (
    <div
      className={`gradient-drop${over ? ' gradient-drop--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor="gradient-file" className="gradient-drop__label">
        Choose a CSV or Excel (.xlsx) file of counts by neighbourhood
      </label>
      <p className="hint" id="gradient-file-hint">
        Or drop the file here. It is read on this computer only.
      </p>
      <input
        ref={input}
        id="gradient-file"
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby="gradient-file-hint"
        disabled={busy}
        onChange={(e) => {
          take(e.target.files)
          // The same file chosen again (after fixing it) must still fire a change.
          e.target.value = ''
        }}
      />
    </div>
  )
}
