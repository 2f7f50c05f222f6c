import { useEffect, useRef, useState } from 'react';
import type { ExportOptions } from '../export/exportMap';
import { PAPER, type Paper } from '../export/pagePlan';

interface Props {
  kind: 'pdf' | 'png';
  onExport: (options: ExportOptions) => void;
  onCancel: () => void;
}

/** Options for the two exports that have any: PDF page layout, PNG scale and background. */
export function ExportDialog({ kind, onExport, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [layout, setLayout] = useState<'poster' | 'tiles' | 'stages'>('poster');
  const [paper, setPaper] = useState<Paper>('a4');
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>('landscape');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (kind === 'png') onExport({ png: { scale, background } });
    else
      onExport({
        pdf: layout === 'poster' ? { layout: 'poster' } : { layout: 'pages', mode: layout, paper, orientation },
      });
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="export-title" onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2 id="export-title">{kind === 'pdf' ? 'Export PDF' : 'Export PNG'}</h2>
        {kind === 'pdf' ? (
          <>
            <fieldset className="option-group">
              <legend>Pages</legend>
              <label>
                <input type="radio" checked={layout === 'poster'} onChange={() => setLayout('poster')} /> One poster
                page sized to the map
              </label>
              <label>
                <input type="radio" checked={layout === 'tiles'} onChange={() => setLayout('tiles')} /> Tiled pages (no
                card split, headers on every page)
              </label>
              <label>
                <input type="radio" checked={layout === 'stages'} onChange={() => setLayout('stages')} /> One page per
                stage
              </label>
            </fieldset>
            {layout !== 'poster' && (
              <div className="field-row">
                <label>
                  Paper
                  <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                    {(Object.keys(PAPER) as Paper[]).map((p) => (
                      <option key={p} value={p}>
                        {PAPER[p].label}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Orientation
                  <select
                    value={orientation}
                    onChange={(e) => setOrientation(e.target.value as 'portrait' | 'landscape')}
                  >
                    <option value="landscape">Landscape</option>
                    <option value="portrait">Portrait</option>
                  </select>
                </label>
              </div>
            )}
          </>
        ) : (
          <div className="field-row">
            <label>
              Scale
              <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
                <option value={1}>1× (screen)</option>
                <option value={2}>2× (sharp on slides)</option>
                <option value={3}>3× (print)</option>
              </select>
            </label>
            <label>
              Background
              <select value={background} onChange={(e) => setBackground(e.target.value as 'white' | 'transparent')}>
                <option value="white">White</option>
                <option value="transparent">Transparent</option>
              </select>
            </label>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
