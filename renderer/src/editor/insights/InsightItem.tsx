import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KindSelect, SourceSelect } from './InsightChoices';
import { type Language } from '../../../../shared/model/constants';
import { type InsightFields, type LibraryInsight, insightFieldsSchema } from '../../../../shared/model/insight';
import { parseTags } from '../../../../shared/model/tags';
import { insightMeta } from '../../../../shared/templates/labels';
import { LIMITS } from '../../../../shared/model/limits';

/** An insight's words and where they come from; its link opens outside the app (web addresses only). */
export function InsightText({ insight, language }: { insight: LibraryInsight; language: Language }) {
  return (
    <>
      <p className={`insight-text is-${insight.kind}`}>{insight.text}</p>
      <p className="insight-meta">
        {insightMeta(insight, language)}
        {insight.link && (
          <>
            {' · '}
            <a href={insight.link} target="_blank" rel="noreferrer noopener">
              {new URL(insight.link).host}
            </a>
          </>
        )}
      </p>
    </>
  );
}

/** The form that corrects an insight in the library (every card citing it shows the correction). */
export function InsightEditor({
  insight,
  onSave,
  onCancel,
}: {
  insight: LibraryInsight;
  onSave: (fields: InsightFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ ...insight, tags: insight.tags.join(', ') });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async () => {
    const parsed = insightFieldsSchema.safeParse({
      text: draft.text,
      kind: draft.kind,
      source: draft.source,
      who: draft.who,
      date: draft.date,
      link: draft.link,
      tags: parseTags(draft.tags).slice(0, LIMITS.insightTags),
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'text');
      return setProblem(t(`insights.invalid.${field === 'link' ? 'link' : field === 'date' ? 'date' : 'text'}`));
    }
    try {
      await onSave(parsed.data);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form
      className="insight-editor"
      aria-label={t('insights.editTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('insights.text')}
        <textarea value={draft.text} rows={4} onChange={(e) => set({ text: e.target.value })} />
      </label>
      <KindSelect value={draft.kind} onChange={(kind) => set({ kind })} />
      <SourceSelect value={draft.source} onChange={(source) => set({ source })} />
      <label>
        {t('insights.who')}
        <input value={draft.who} onChange={(e) => set({ who: e.target.value })} />
      </label>
      <label>
        {t('insights.date')}
        <input type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
      </label>
      <label>
        {t('insights.link')}
        <input
          type="url"
          value={draft.link}
          placeholder={t('insights.linkHint')}
          onChange={(e) => set({ link: e.target.value })}
        />
      </label>
      <label>
        {t('insights.tags')}
        <input
          value={draft.tags}
          placeholder={t('inspector.tagsHint')}
          onChange={(e) => set({ tags: e.target.value })}
        />
      </label>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit" className="primary">
          {t('insights.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
