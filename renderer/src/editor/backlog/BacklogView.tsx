import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { opportunityDots, rankBacklog, VALUE_AXES, type ValueAxis } from '../../../../shared/model/backlog';
import { OPPORTUNITY_STATUSES, type Language, type OpportunityStatus } from '../../../../shared/model/constants';
import { addOpportunity, updateOpportunity } from '../../../../shared/model/operations';
import { dotsByCard } from '../../../../shared/model/ops/feedback';
import { newId } from '../../../../shared/model/ids';
import {
  NEW_OPPORTUNITY,
  OPPORTUNITY_SCORE_LABELS,
  OPPORTUNITY_STATUS_LABELS,
} from '../../../../shared/templates/labels';
import { BACKLOG_FILES, type BacklogFile, saveBacklog } from '../../export/backlogFiles';
import { errorText } from '../../i18n/errorText';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { BacklogTable } from '../../ui/backlog/BacklogTable';
import { Matrix } from '../../ui/backlog/Matrix';
import { BacklogExport } from '../../ui/backlog/BacklogExport';
import { OpportunityForm } from './OpportunityForm';

/**
 * The map's backlog in place of its canvas: the value/effort matrix, the ranked table and the
 * chosen opportunity in full, filtered by status and owner; exported as a workbook or for Jira.
 */
export function BacklogView() {
  const { api, store } = useServices();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const doc = useWaymark((s) => s.doc);
  const readOnly = useWaymark((s) => s.readOnly);
  const selected = useWaymark((s) => s.backlogSelected);
  const [axis, setAxis] = useState<ValueAxis>('customerValue');
  const [status, setStatus] = useState<OpportunityStatus | ''>('');
  const [owner, setOwner] = useState('');
  const [saving, setSaving] = useState(false);

  const ranked = useMemo(() => {
    if (!doc) return [];
    const dots = dotsByCard(doc.votes);
    const items = doc.opportunities.map((o) => ({ opportunity: o, dots: opportunityDots(o, dots) }));
    return rankBacklog(items, axis).map((x, i) => ({ ...x, rank: i + 1 }));
  }, [doc, axis]);
  if (!doc) return null;
  const owners = [...new Set(doc.opportunities.map((o) => o.owner).filter(Boolean))].sort();
  const shown = ranked.filter(
    (x) => (!status || x.opportunity.status === status) && (!owner || x.opportunity.owner === owner),
  );
  const chosen = doc.opportunities.find((o) => o.id === selected) ?? null;
  const select = (id: string) => store.getState().setMapView('backlog', id);

  const create = () => {
    const id = newId();
    const made = store
      .getState()
      .change((d) =>
        addOpportunity(d, { id, title: NEW_OPPORTUNITY[d.language], cardIds: [], createdAt: new Date().toISOString() }),
      );
    if (made) select(id);
  };
  const exportAs = async (file: BacklogFile) => {
    setSaving(true);
    try {
      const cards = new Map(doc.cards.map((c) => [c.id, c.text]));
      const items = ranked.map((x) => ({
        ...x,
        mapTitle: doc.title,
        cards: x.opportunity.cardIds.map((id) => cards.get(id) ?? ''),
      }));
      const path = await saveBacklog(api, file, items, { axis, language: doc.language, name: doc.title });
      if (path) store.getState().setNotice({ key: 'backlog.exported', params: { path } });
    } catch (err) {
      store.getState().setNotice({ key: 'backlog.notExported', params: { message: errorText(t, err) }, tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="backlog" aria-label={t('backlog.title')}>
      <header className="backlog-head">
        <h2>{t('backlog.title')}</h2>
        <span className="hint">{t('backlog.count', { count: doc.opportunities.length })}</span>
        <label>
          {t('backlog.axis')}
          <select value={axis} onChange={(e) => setAxis(e.target.value as ValueAxis)}>
            {VALUE_AXES.map((a) => (
              <option key={a} value={a}>
                {OPPORTUNITY_SCORE_LABELS[a][language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('backlog.fields.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as OpportunityStatus | '')}>
            <option value="">{t('backlog.all')}</option>
            {OPPORTUNITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {OPPORTUNITY_STATUS_LABELS[s][language]}
              </option>
            ))}
          </select>
        </label>
        {owners.length > 0 && (
          <label>
            {t('backlog.fields.owner')}
            <select value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">{t('backlog.all')}</option>
              {owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="spacer" />
        {!readOnly && (
          <button type="button" onClick={create}>
            {t('backlog.new')}
          </button>
        )}
        <BacklogExport
          files={BACKLOG_FILES}
          disabled={saving || doc.opportunities.length === 0}
          onExport={(f) => void exportAs(f)}
        />
        <button type="button" className="primary" onClick={() => store.getState().setMapView('canvas')}>
          {t('backlog.backToMap')}
        </button>
      </header>
      {doc.opportunities.length === 0 ? (
        <p className="backlog-empty">{t('backlog.empty')}</p>
      ) : (
        <div className="backlog-body">
          <Matrix
            items={shown}
            axis={axis}
            selected={selected}
            readOnly={readOnly}
            onSelect={select}
            onScore={(id, value, effort) =>
              store.getState().change((d) => updateOpportunity(d, id, { [axis]: value, effort }))
            }
          />
          <div className="backlog-side">
            <BacklogTable items={shown} axis={axis} selected={selected} onSelect={select} />
            {chosen && <OpportunityForm key={chosen.id} opportunity={chosen} readOnly={readOnly} />}
          </div>
        </div>
      )}
    </section>
  );
}
