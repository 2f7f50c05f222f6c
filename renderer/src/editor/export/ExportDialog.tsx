import { useTranslation } from 'react-i18next';
import type { ExportOptionsKind } from '../../../../shared/exchange/exportFormats';
import { exportDefaults } from '../../export/exportDefaults';
import { useEffect, useRef, useState } from 'react';
import type { ExportOptions } from '../../export/exportMap';
import { PaperSelect, ScaleSelect } from '../../export/optionFields';
import { PDF_LAYOUTS, type Paper, type PdfLayout } from '../../export/pagePlan';

interface Props {
  kind: NonNullable<ExportOptionsKind>;
  onExport: (options: ExportOptions) => void;
  onCancel: () => void;
}

/** Options for the exports that have any: PDF page layout, PNG scale and background, slide shape. */
export function ExportDialog({ kind, onExport, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [defaults] = useState(exportDefaults);
  const [layout, setLayout] = useState<PdfLayout>(defaults.pdfLayout);
  const [paper, setPaper] = useState<Paper>(defaults.paper);
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>('landscape');
  const [scale, setScale] = useState<number>(defaults.pngScale);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [aspect, setAspect] = useState<'16:9' | '4:3'>('16:9');
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (kind === 'png') onExport({ png: { scale, background } });
    else if (kind === 'pptx') onExport({ pptx: { aspect } });
    else
      onExport({
        pdf:
          layout === 'poster'
            ? { layout: 'poster' }
            : layout === 'fit'
              ? { layout: 'fit', paper, orientation }
              : { layout: 'pages', mode: layout, paper, orientation },
      });
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="export-title" onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2 id="export-title">{t(`export.dialog.${kind}Title`)}</h2>
        {kind === 'pptx' ? (
          <fieldset className="option-group">
            <legend>{t('export.dialog.aspect')}</legend>
            <label>
              <input type="radio" checked={aspect === '16:9'} onChange={() => setAspect('16:9')} />{' '}
              {t('export.dialog.wide')}
            </label>
            <label>
              <input type="radio" checked={aspect === '4:3'} onChange={() => setAspect('4:3')} />{' '}
              {t('export.dialog.standard')}
            </label>
          </fieldset>
        ) : kind === 'pdf' ? (
          <>
            <fieldset className="option-group">
              <legend>{t('export.dialog.pages')}</legend>
              {PDF_LAYOUTS.map((l) => (
                <label key={l}>
                  <input type="radio" checked={layout === l} onChange={() => setLayout(l)} /> {t(`export.dialog.${l}`)}
                </label>
              ))}
            </fieldset>
            {layout !== 'poster' && (
              <div className="field-row">
                <PaperSelect value={paper} onChange={setPaper} />
                <label>
                  {t('export.dialog.orientation')}
                  <select
                    value={orientation}
                    onChange={(e) => setOrientation(e.target.value as 'portrait' | 'landscape')}
                  >
                    <option value="landscape">{t('export.dialog.landscape')}</option>
                    <option value="portrait">{t('export.dialog.portrait')}</option>
                  </select>
                </label>
              </div>
            )}
          </>
        ) : (
          <div className="field-row">
            <ScaleSelect label={t('export.dialog.scale')} value={scale} onChange={setScale} />
            <label>
              {t('export.dialog.background')}
              <select value={background} onChange={(e) => setBackground(e.target.value as 'white' | 'transparent')}>
                <option value="white">{t('export.dialog.white')}</option>
                <option value="transparent">{t('export.dialog.transparent')}</option>
              </select>
            </label>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('export.dialog.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
