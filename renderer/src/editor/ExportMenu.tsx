import { useEffect, useRef, useState } from 'react';
import { useServices } from '../app/ServicesContext';
import type { ExportKind, ExportOptions, ExportProgress } from '../export/exportMap';
import { ExportDialog } from './ExportDialog';

const ITEMS: { kind: ExportKind; label: string; hint: string }[] = [
  {
    kind: 'pdf',
    label: 'PDF…',
    hint: 'Vector, text selectable: a poster page, tiled paper pages or one page per stage',
  },
  { kind: 'png', label: 'PNG image…', hint: 'Picture at 1×, 2× or 3×, white or transparent' },
  { kind: 'svg', label: 'SVG image', hint: 'Vector image for slides and design tools' },
  { kind: 'json', label: 'Waymark file (.waymark)', hint: 'The open map format, to share or back up' },
  { kind: 'ojf', label: 'OpenJourney (.ojf)', hint: 'The open format of the Ptolemy journey mapper' },
  { kind: 'csv', label: 'CSV spreadsheet', hint: 'Every card as a row (Excel-ready UTF-8)' },
  { kind: 'mermaid', label: 'Mermaid journey', hint: 'Text diagram for docs and wikis' },
];

/** Export ▾ in the editor header. Exports are built from the map model, never from the screen. */
export function ExportMenu() {
  const { api, store } = useServices();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [asking, setAsking] = useState<'pdf' | 'png' | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [open]);

  const choose = (kind: ExportKind) => {
    setOpen(false);
    if (kind === 'pdf' || kind === 'png') setAsking(kind);
    else void run(kind);
  };

  const run = async (kind: ExportKind, options: ExportOptions = {}) => {
    setAsking(null);
    const doc = store.getState().doc;
    if (!doc) return;
    setBusy(true);
    abort.current = new AbortController();
    try {
      // The exporters (pdf-lib, fontkit) load on first use, not with the editor.
      const { exportMap } = await import('../export/exportMap');
      const { withLibraryPersona } = await import('../export/withLibraryPersona');
      const exported = await withLibraryPersona(api, doc);
      const path = await exportMap(api, exported, kind, options, {
        signal: abort.current.signal,
        onProgress: setProgress,
      });
      if (path) store.getState().setNotice(`Exported to ${path}`);
    } catch (err) {
      store
        .getState()
        .setNotice(
          (err as Error).name === 'ExportCancelled'
            ? (err as Error).message
            : `Export failed: ${(err as Error).message}`,
        );
    } finally {
      setBusy(false);
      setProgress(null);
      abort.current = null;
    }
  };

  return (
    <div className="export-menu" ref={ref}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen(!open)}>
        {busy ? 'Exporting…' : 'Export ▾'}
      </button>
      {open && (
        <div
          className="context-menu export-items"
          role="menu"
          aria-label="Export"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          {ITEMS.map((i) => (
            <button key={i.kind} type="button" role="menuitem" onClick={() => choose(i.kind)} title={i.hint}>
              <span>{i.label}</span>
            </button>
          ))}
        </div>
      )}
      {busy && progress && (
        <div className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
          <span>{progress.step}…</span>
          <progress max={1} value={progress.fraction} aria-label="Export progress" />
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {asking && <ExportDialog kind={asking} onExport={(o) => void run(asking, o)} onCancel={() => setAsking(null)} />}
    </div>
  );
}
