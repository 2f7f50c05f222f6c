import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceSelect } from './InsightChoices';
import { type InsightSource, type Language } from '../../../../shared/model/constants';
import type { InsightFields, LibraryInsight } from '../../../../shared/model/insight';
import { errorText } from '../../i18n/errorText';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDebounced } from '../../ui/useDebounced';
import { INSIGHT_DRAG_TYPE, citeOnCards } from './citedInsights';
import { InsightEditor, InsightText } from './InsightItem';
import { AddInsights } from './NewInsights';
import { useInsightPage } from './useInsightPage';
import { ResearchCoverage } from './ResearchCoverage';

const PAGE = 100;
/** The most one list shows (the channel's bound): past it, a search narrows the list. */
const MOST = 500;

/**
 * The insight library beside the map: search it (accent-blind), add notes (one a line), and
 * cite insights on cards, by dragging one onto a card or on the selected cards with a button.
 */
export function InsightsPanel() {
  const { api, store, autosave } = useServices();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const readOnly = useWaymark((s) => s.readOnly);
  const selected = useWaymark((s) => s.selectedCardIds.length);
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<InsightSource | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<LibraryInsight | null>(null);
  const { page, error } = useInsightPage(useDebounced(query.trim(), 200), source, limit);

  const save = async (id: string, fields: InsightFields) => {
    await unwrap(api.insights.update({ id, fields }));
    setEditing(null);
    store.getState().insightsChanged();
  };
  const remove = async (insight: LibraryInsight) => {
    setDeleting(null);
    try {
      // The library takes the insight off every card citing it, this map's too: save first, then reload.
      await autosave.flush();
      const { changedMapIds } = await unwrap(api.insights.delete({ id: insight.id }));
      const open = store.getState().doc?.id;
      if (open && changedMapIds.includes(open)) store.getState().openMap(await unwrap(api.maps.load({ id: open })));
      store.getState().insightsChanged();
      store.getState().setNotice({ key: 'insights.deleted' });
    } catch (err) {
      store.getState().setNotice({ key: 'insights.notDeleted', params: { message: errorText(t, err) }, tone: 'error' });
    }
  };

  return (
    <aside className="side-panel insights-panel" aria-label={t('insights.title')}>
      <h2>{t('insights.title')}</h2>
      <ResearchCoverage />
      {!readOnly && <AddInsights />}
      <div className="insights-search">
        <input
          type="search"
          aria-label={t('insights.search')}
          placeholder={t('insights.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <SourceSelect all value={source} onChange={setSource} />
      </div>
      {error !== null && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      {page && (
        <p className="hint" aria-live="polite">
          {query.trim() ? t('insights.found', { count: page.total }) : t('insights.count', { count: page.total })}
          {!readOnly && page.total > 0 && ` ${t('insights.dragHint')}`}
        </p>
      )}
      <ul className="insight-list" aria-label={t('insights.list')}>
        {page?.items.map((insight) => (
          <li
            key={insight.id}
            className="insight-item"
            draggable={!readOnly && editing !== insight.id}
            onDragStart={(e) => {
              e.dataTransfer.setData(INSIGHT_DRAG_TYPE, insight.id);
              e.dataTransfer.effectAllowed = 'link';
            }}
          >
            {editing === insight.id ? (
              <InsightEditor insight={insight} onSave={(f) => save(insight.id, f)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <InsightText insight={insight} language={language} />
                <p className="hint">{t('insights.citedBy', { count: insight.cardCount })}</p>
                {!readOnly && (
                  <div className="insight-actions">
                    <button
                      type="button"
                      disabled={!selected}
                      onClick={() => citeOnCards(store, store.getState().selectedCardIds, [insight.id])}
                    >
                      {selected ? t('insights.cite', { count: selected }) : t('insights.citeNone')}
                    </button>
                    <button type="button" onClick={() => setEditing(insight.id)}>
                      {t('insights.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('insights.deleteNamed', { text: insight.text.slice(0, 60) })}
                      onClick={() => setDeleting(insight)}
                    >
                      {t('insights.deleteShort')}
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {page &&
        page.items.length < page.total &&
        (limit < MOST ? (
          <button type="button" onClick={() => setLimit((l) => Math.min(l + PAGE, MOST))}>
            {t('insights.more', { count: page.total - page.items.length })}
          </button>
        ) : (
          <p className="hint">{t('insights.narrow', { count: page.total - page.items.length })}</p>
        ))}
      {deleting && (
        <ConfirmDialog
          title={t('insights.deleteTitle')}
          message={t('insights.deleteMessage', { count: deleting.cardCount })}
          confirmLabel={t('insights.delete')}
          danger
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </aside>
  );
}
