import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type SourceKind } from '../../../../shared/model/constants';
import { addSource, removeSource } from '../../../../shared/model/operations';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { GLYPHS } from '../glyphs';
import { DayField } from '../../ui/DayField';
import { dayText } from '../../../../shared/model/dayText';

/** Step 1: the research sources list; cards cite them from their details. */
export function SourcesStep() {
  const { t } = useTranslation();
  const { store } = useServices();
  const sources = useWaymark((s) => s.doc?.sources ?? []);
  const cards = useWaymark((s) => s.doc?.cards ?? []);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<SourceKind>('interview');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    if (store.getState().change((d) => addSource(d, { title, kind, date, note }))) {
      setTitle('');
      setNote('');
    }
  };

  return (
    <div className="guide-sources">
      {sources.length === 0 ? (
        <p className="hint">{t('guide.sources.none')}</p>
      ) : (
        <ul className="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <div>
                <strong>{s.title}</strong>
                <small>
                  {t(`guide.sources.kinds.${s.kind}`)}
                  {s.date && ` · ${dayText(s.date)}`} ·{' '}
                  {t('guide.sources.cited', { count: cards.filter((c) => c.sourceIds.includes(s.id)).length })}
                </small>
                {s.note && <small className="source-note">{s.note}</small>}
              </div>
              <button
                type="button"
                className="header-action"
                aria-label={t('guide.sources.remove', { title: s.title })}
                onClick={() => store.getState().change((d) => removeSource(d, s.id))}
              >
                {GLYPHS.close}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="source-form" onSubmit={add}>
        <label>
          {t('guide.sources.title')}
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('guide.sources.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`guide.sources.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('guide.sources.date')}
          <DayField label={t('guide.sources.date')} value={date} onChange={setDate} />
        </label>
        <label>
          {t('guide.sources.note')}
          <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={!title.trim()}>
          {t('guide.sources.add')}
        </button>
      </form>
    </div>
  );
}
