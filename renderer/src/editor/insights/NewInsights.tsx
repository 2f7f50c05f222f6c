import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KindSelect, SourceSelect } from './InsightChoices';
import { type InsightFields, insightFieldsSchema, pastedInsightLines } from '../../../../shared/model/insight';
import { LIMITS } from '../../../../shared/model/limits';
import { errorText } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { useServices } from '../../services/ServicesContext';
import { citeOnCards } from './citedInsights';
import { NotesImportDialog } from './NotesImportDialog';
import type { NotesTable } from '../../../../shared/ipc/contract';

type Shared = Pick<InsightFields, 'kind' | 'source' | 'who' | 'date'>;

/**
 * Notes typed or pasted, one insight a line, with what they share (kind, source, who, date).
 * Checked line by line before anything is stored: a line too long is named by its number and
 * nothing is added. The new insights are cited on the selected cards when asked.
 */
export function NewInsights({ onAdded }: { onAdded: () => void }) {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [shared, setShared] = useState<Shared>({ kind: 'quote', source: 'interview', who: '', date: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lines = pastedInsightLines(text);

  const add = async (cite: boolean) => {
    setProblem(null);
    if (lines.length > LIMITS.insightsPerImport)
      return setProblem(t('insights.tooManyLines', { count: lines.length, max: LIMITS.insightsPerImport }));
    const items: InsightFields[] = [];
    for (const l of lines) {
      const parsed = insightFieldsSchema.safeParse({ ...shared, text: l.text, link: '', tags: [] });
      if (!parsed.success)
        return setProblem(
          l.text.length > LIMITS.insightChars
            ? t('insights.lineTooLong', { line: l.line, max: LIMITS.insightChars })
            : t('insights.lineRefused', { line: l.line }),
        );
      items.push(parsed.data);
    }
    setBusy(true);
    try {
      const { ids, created, existing } = await unwrap(api.insights.createMany({ items }));
      setText('');
      store.getState().insightsChanged();
      store.getState().setNotice({ key: 'insights.added', params: { count: created, existing } });
      if (cite) citeOnCards(store, store.getState().selectedCardIds, ids);
      onAdded();
    } catch (err) {
      setProblem(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  const set = (patch: Partial<Shared>) => setShared((s) => ({ ...s, ...patch }));
  const selected = store.getState().selectedCardIds.length;
  return (
    <form className="new-insights" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('insights.notes')}
        <textarea
          value={text}
          rows={4}
          placeholder={t('insights.notesHint')}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="new-insights-count"
        />
      </label>
      <div className="new-insights-shared">
        <KindSelect value={shared.kind} onChange={(kind) => set({ kind })} />
        <SourceSelect value={shared.source} onChange={(source) => set({ source })} />
        <label>
          {t('insights.who')}
          <input
            value={shared.who}
            placeholder={t('insights.whoHint')}
            onChange={(e) => set({ who: e.target.value })}
          />
        </label>
        <label>
          {t('insights.date')}
          <input type="date" value={shared.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <p id="new-insights-count" className="hint">
        {t('insights.lineCount', { count: lines.length })}
      </p>
      <div className="panel-actions">
        <button type="button" className="primary" disabled={!lines.length || busy} onClick={() => void add(false)}>
          {t('insights.add', { count: lines.length })}
        </button>
        <button type="button" disabled={!lines.length || busy || !selected} onClick={() => void add(true)}>
          {t('insights.addAndCite', { count: selected })}
        </button>
      </div>
    </form>
  );
}

/** The ways into the library: notes typed or pasted, or a file of notes (previewed first). */
export function AddInsights() {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [notes, setNotes] = useState<NotesTable | null>(null);
  const readNotes = async () => {
    try {
      const read = await unwrap(api.notes.read({}));
      if ('table' in read) setNotes(read.table);
    } catch (err) {
      store
        .getState()
        .setNotice({ key: 'insights.fromFile.failed', params: { message: errorText(t, err) }, tone: 'error' });
    }
  };
  return (
    <>
      {adding ? (
        <NewInsights onAdded={() => setAdding(false)} />
      ) : (
        <div className="panel-actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t('insights.new')}
          </button>
          <button type="button" onClick={() => void readNotes()}>
            {t('insights.fromFile.button')}
          </button>
        </div>
      )}
      {notes && <NotesImportDialog table={notes} onDone={() => setNotes(null)} />}
    </>
  );
}
