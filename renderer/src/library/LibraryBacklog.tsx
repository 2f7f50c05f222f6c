import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BacklogEntry } from '../../../shared/ipc/contract';
import { rankBacklog, VALUE_AXES, type ValueAxis } from '../../../shared/model/backlog';
import { OPPORTUNITY_STATUSES, type Language, type OpportunityStatus } from '../../../shared/model/constants';
import { OPPORTUNITY_SCORE_LABELS, OPPORTUNITY_STATUS_LABELS } from '../../../shared/templates/labels';
import { BACKLOG_FILES, type BacklogFile, saveBacklog } from '../export/backlogFiles';
import { errorText } from '../i18n/errorText';
import { unwrap } from '../ipc/bridge';
import { useServices } from '../services/ServicesContext';
import { BacklogTable } from '../ui/backlog/BacklogTable';
import { Matrix } from '../ui/backlog/Matrix';
import { BacklogExport } from '../ui/backlog/BacklogExport';

/**
 * Every map's opportunities on one screen: the matrix and the ranked table across the library,
 * filtered by map, owner and status, saved as a workbook or for Jira. An opportunity is changed
 * on its map: choosing one opens that map's backlog with it selected (where edits are undoable).
 */
export function LibraryBacklog({ onOpen }: { onOpen: (mapId: string, opportunity: string) => void }) {
  const { api, store } = useServices();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [entries, setEntries] = useState<BacklogEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [axis, setAxis] = useState<ValueAxis>('customerValue');
  const [status, setStatus] = useState<OpportunityStatus | ''>('');
  const [owner, setOwner] = useState('');
  const [map, setMap] = useState('');
  useEffect(() => {
    let live = true;
    unwrap(api.backlog.list({})).then(
      (list) => live && setEntries(list),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [api]);
  const ranked = useMemo(
    () => rankBacklog(entries ?? [], axis).map((x, i) => ({ ...x, rank: i + 1 })),
    [entries, axis],
  );
  if (error !== null)
    return (
      <p role="alert" className="error">
        {errorText(t, error)}
      </p>
    );
  if (!entries) return <p className="loading">{t('backlog.loading')}</p>;
  const maps = [...new Map(entries.map((e) => [e.mapId, e.mapTitle])).entries()];
  const owners = [...new Set(entries.map((e) => e.opportunity.owner).filter(Boolean))].sort();
  const shown = ranked.filter(
    (x) =>
      (!status || x.opportunity.status === status) &&
      (!owner || x.opportunity.owner === owner) &&
      (!map || x.mapId === map),
  );
  const mapOf = new Map(entries.map((e) => [e.opportunity.id, e.mapId]));
  const choose = (id: string) => onOpen(mapOf.get(id)!, id);
  const exportAs = async (file: BacklogFile) => {
    try {
      const items = shown.map((x) => ({ ...x, cards: [] }));
      const path = await saveBacklog(api, file, items, { axis, language, name: t('backlog.libraryFile') });
      if (path) store.getState().setNotice({ key: 'backlog.exported', params: { path } });
    } catch (err) {
      store.getState().setNotice({ key: 'backlog.notExported', params: { message: errorText(t, err) }, tone: 'error' });
    }
  };
  const select = <T extends string>(label: string, value: T | '', set: (v: T | '') => void, options: [T, string][]) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value as T | '')}>
        <option value="">{t('backlog.all')}</option>
        {options.map(([v, name]) => (
          <option key={v} value={v}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="backlog is-library" aria-label={t('backlog.libraryTitle')}>
      <header className="backlog-head">
        <h2>{t('backlog.libraryTitle')}</h2>
        <span className="hint">{t('backlog.acrossMaps', { count: entries.length, maps: maps.length })}</span>
        {select(
          t('backlog.axis'),
          axis,
          (v) => setAxis(v || VALUE_AXES[0]),
          VALUE_AXES.map((a) => [a, OPPORTUNITY_SCORE_LABELS[a][language]]),
        )}
        {select(t('backlog.fields.map'), map, setMap, maps)}
        {select(
          t('backlog.fields.status'),
          status,
          setStatus,
          OPPORTUNITY_STATUSES.map((s) => [s, OPPORTUNITY_STATUS_LABELS[s][language]]),
        )}
        {owners.length > 0 &&
          select(
            t('backlog.fields.owner'),
            owner,
            setOwner,
            owners.map((o) => [o, o]),
          )}
        <div className="spacer" />
        <BacklogExport files={BACKLOG_FILES} disabled={shown.length === 0} onExport={(f) => void exportAs(f)} />
      </header>
      {entries.length === 0 ? (
        <p className="backlog-empty">{t('backlog.libraryEmpty')}</p>
      ) : (
        <div className="backlog-body">
          <Matrix items={shown} axis={axis} selected={null} readOnly onSelect={choose} onScore={() => {}} />
          <div className="backlog-side">
            <BacklogTable items={shown} axis={axis} selected={null} onSelect={choose} />
          </div>
        </div>
      )}
    </section>
  );
}
