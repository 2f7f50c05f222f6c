import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KindSelect, SourceSelect } from './InsightChoices';
import { guessMapping, type NoteMapping, notesToInsights } from '../../../../shared/exchange/notesImport';
import { NOTE_FIELDS, type NoteField, type NotesTable } from '../../../../shared/ipc/research';
import { type InsightKind, type InsightSource, type Language } from '../../../../shared/model/constants';
import { insightMeta } from '../../../../shared/templates/labels';
import { errorText } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { useServices } from '../../services/ServicesContext';
import { useModal } from '../../ui/useModal';

const PREVIEW_ROWS = 5;

/**
 * A file of notes before anything is added: which column is the insight's words, who said it,
 * when, where from, its tags and link (guessed from the headings, changed by the person), and the
 * first notes as they will be added. Adding checks every row; the first bad one is named by its
 * row and nothing is added.
 */
export function NotesImportDialog({ table, onDone }: { table: NotesTable; onDone: (added: boolean) => void }) {
  const { api, store } = useServices();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const ref = useModal();
  const [mapping, setMapping] = useState<NoteMapping>(() => guessMapping(table.columns));
  const [kind, setKind] = useState<InsightKind>('quote');
  const [source, setSource] = useState<InsightSource>('interview');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useMemo(() => notesToInsights(table, mapping, { kind, source }), [table, mapping, kind, source]);

  const add = async () => {
    if (!result.ok) return;
    setBusy(true);
    try {
      const { created, existing } = await unwrap(api.insights.createMany({ items: result.items }));
      store.getState().insightsChanged();
      store.getState().setNotice({ key: 'insights.added', params: { count: created, existing } });
      onDone(true);
    } catch (err) {
      setProblem(errorText(t, err));
      setBusy(false);
    }
  };
  const column = (field: NoteField) => (
    <label key={field}>
      {t(`insights.fromFile.fields.${field}`)}
      <select
        value={mapping[field] ?? ''}
        onChange={(e) => setMapping((m) => ({ ...m, [field]: e.target.value === '' ? null : Number(e.target.value) }))}
      >
        {field !== 'text' && <option value="">{t('insights.fromFile.none')}</option>}
        {table.columns.map((c, i) => (
          <option key={i} value={i}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <dialog
      ref={ref}
      className="dialog notes-import"
      aria-labelledby="notes-import-title"
      onCancel={() => onDone(false)}
    >
      <h2 id="notes-import-title">{t('insights.fromFile.title', { file: table.file })}</h2>
      <p className="hint">{t('insights.fromFile.rows', { count: table.rows.length })}</p>
      <div className="notes-mapping">
        {NOTE_FIELDS.map(column)}
        <KindSelect value={kind} onChange={setKind} />
        <SourceSelect value={source} onChange={setSource} label={t('insights.fromFile.defaultSource')} />
      </div>
      {result.ok ? (
        <>
          <h3>{t('insights.fromFile.preview', { count: result.items.length })}</h3>
          <ul className="insight-list" aria-label={t('insights.fromFile.previewList')}>
            {result.items.slice(0, PREVIEW_ROWS).map((item, i) => (
              <li key={i} className="insight-item">
                <p className={`insight-text is-${item.kind}`}>{item.text}</p>
                <p className="insight-meta">{insightMeta(item, language)}</p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="alert" className="error">
          {t(`insights.fromFile.problems.${result.reason}`, {
            row: result.row,
            field: t(`insights.fromFile.fields.${result.field}`),
          })}
        </p>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={!result.ok || busy} onClick={() => void add()}>
          {t('insights.add', { count: result.ok ? result.items.length : 0 })}
        </button>
      </div>
    </dialog>
  );
}
