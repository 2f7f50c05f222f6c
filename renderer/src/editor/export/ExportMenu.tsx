import type { ExportOptionsKind } from '../../../../shared/exchange/exportFormats';
import { errorText } from '../../i18n/errorText';
import { useEffect, useRef, useState } from 'react';
import { usePopover } from '../../ui/usePopover';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/ServicesContext';
import type { ExportOptions, ExportProgress } from '../../export/exportMap';
import type { JourneyMap } from '../../../../shared/model/types';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormatId } from '../../../../shared/exchange/exportFormats';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { ExportDialog } from './ExportDialog';
import { detailTitlesOf } from '../detail/detailMaps';

/** What an export draws: a document, and what else its pictures show (persona, comparison). */
export type ExportSource = () => Promise<{ doc: JourneyMap; options: Partial<ExportOptions> } | null>;

interface Props {
  /** Defaults to the open map with its persona; the compare view passes its comparison. */
  source?: ExportSource;
  formats?: readonly ExportFormatId[];
}

/**
 * Export ▾ in the editor header (and the compare view). Exports are built from the map model,
 * never from the screen.
 */
export function ExportMenu({ source, formats = EXPORT_FORMAT_IDS }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const { api, store } = services;
  const { open, setOpen, ref, menuProps } = usePopover();
  const menu = menuProps(t('export.label'), 'export-items');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [asking, setAsking] = useState<NonNullable<ExportOptionsKind> | null>(null);
  const language = useUiLanguage();

  // A format with options asks for them first (its dialog is named by the registry).
  const choose = (format: ExportFormatId) => {
    setOpen(false);
    const dialog = EXPORT_FORMATS[format].options;
    if (dialog) setAsking(dialog);
    else void run(format);
  };

  const toggle = () => {
    // The export thread starts loading its code while the person picks a format.
    if (!open) void import('../../export/worker/exportThread').then((m) => m.prewarmExportThread());
    setOpen(!open);
  };

  const run = async (format: ExportFormatId, options: ExportOptions = {}) => {
    setAsking(null);
    setBusy(true);
    abort.current = new AbortController();
    try {
      const prepared = await (source ?? openMap)();
      if (!prepared) return;
      // The exporters (pdf-lib, fontkit) load on first use, not with the editor.
      const { exportMap } = await import('../../export/exportMap');
      const detailTitles = await detailTitlesOf(services, prepared.doc);
      const path = await exportMap(
        api,
        prepared.doc,
        format,
        {
          ...options,
          ...prepared.options,
          ...(detailTitles.size ? { detailTitles } : {}),
        },
        { signal: abort.current.signal, onProgress: setProgress },
      );
      if (path) store.getState().setNotice({ key: 'export.done', params: { path }, file: path });
    } catch (err) {
      store
        .getState()
        .setNotice(
          (err as Error).name === 'ExportCancelled'
            ? { key: 'export.cancelled' }
            : { key: 'export.failed', params: { message: errorText(t, err) }, tone: 'error' },
        );
    } finally {
      setBusy(false);
      setProgress(null);
      abort.current = null;
    }
  };

  const openMap: ExportSource = async () => {
    const doc = store.getState().doc;
    if (!doc) return null;
    const { withLibraryPersona } = await import('../../export/withLibraryPersona');
    const { doc: exported, persona } = await withLibraryPersona(api, doc);
    return { doc: exported, options: { persona } };
  };

  // File ▸ Export ▸ <format> (the editor's menu only): a typed request heard from the store.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const request = state.dialog;
        if (source || request === previous.dialog || request?.kind !== 'export') return;
        store.getState().closeDialog();
        choose(request.format);
      }),
    // choose only reads the store and calls state setters, which are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, source],
  );

  return (
    <div className="export-menu" ref={ref}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={toggle}>
        {busy ? t('export.busy') : t('export.menu')}
      </button>
      {open && (
        <div {...menu}>
          {formats.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              onClick={() => choose(format)}
              title={EXPORT_FORMATS[format].hint[language]}
            >
              <span>{EXPORT_FORMATS[format].label[language]}</span>
            </button>
          ))}
        </div>
      )}
      {busy && progress && (
        <div className="export-progress" role="status" aria-live="polite" data-testid="export-progress">
          <span>{t(`export.steps.${progress.step}`, progress.page ?? {})}…</span>
          <progress max={1} value={progress.fraction} aria-label={t('export.progress')} />
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('export.cancel')}
          </button>
        </div>
      )}
      {asking && <ExportDialog kind={asking} onExport={(o) => void run(asking, o)} onCancel={() => setAsking(null)} />}
    </div>
  );
}
