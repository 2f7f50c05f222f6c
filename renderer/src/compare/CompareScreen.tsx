import { errorText } from '../i18n/errorText';
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useState } from 'react';
import { compareMaps, overlayMap } from '../../../shared/model/compareMaps';
import { ExportMenu, type ExportSource } from '../editor/export/ExportMenu';
import { Notice } from '../editor/notices/Notice';
import { PICTURE_FORMAT_IDS } from '../../../shared/exchange/exportFormats';
import { withLibraryPersona } from '../export/withLibraryPersona';
import type { JourneyMap } from '../../../shared/model/types';
import { unwrap } from '../ipc/bridge';
import { useServices } from '../services/ServicesContext';
import { CompareGrid, describeBefore, type PlacedCard } from './CompareGrid';
import { EmotionCompareChart } from './EmotionCompareChart';

type Loaded = { current: JourneyMap; future: JourneyMap } | { error: string };

/** A future-state map next to (or over) the current-state map it was derived from. */
export function CompareScreen({ mapId }: { mapId: string }) {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<'overlay' | 'side'>('overlay');
  const [showUnchanged, setShowUnchanged] = useState(true);

  useEffect(() => {
    let live = true;
    (async (): Promise<Loaded> => {
      const future = (await unwrap(api.maps.load({ id: mapId }))).document;
      if (!future.derivedFrom) return { error: t('compare.notDerived', { title: future.title }) };
      try {
        return { current: (await unwrap(api.maps.load({ id: future.derivedFrom.mapId }))).document, future };
      } catch {
        return {
          error: t('compare.sourceGone', { source: future.derivedFrom.title, title: future.title }),
        };
      }
    })().then(
      (l) => live && setLoaded(l),
      (err: unknown) => live && setLoaded({ error: errorText(t, err) }),
    );
    return () => {
      live = false;
    };
  }, [api, mapId, t]);

  const result = useMemo(
    () => (loaded && 'current' in loaded ? compareMaps(loaded.current, loaded.future) : null),
    [loaded],
  );
  const back = () => store.getState().navigate({ screen: 'editor', mapId });

  if (!loaded) return <p className="loading">{t('compare.comparing')}</p>;
  if ('error' in loaded || !result)
    return (
      <div className="editor-error">
        <p role="alert">{'error' in loaded ? loaded.error : t('compare.nothing')}</p>
        <button type="button" onClick={back}>
          {t('compare.backButton')}
        </button>
      </div>
    );

  const { current, future } = loaded;
  const cardLanes = (doc: JourneyMap) => doc.lanes.filter((l) => l.type === 'cards' && !l.hidden);
  const after: PlacedCard[] = result.cards.flatMap((c) => (c.card ? [{ card: c.card, comparison: c }] : []));
  const before: PlacedCard[] = result.cards.flatMap((c) => (c.before ? [{ card: c.before, comparison: c }] : []));
  // Overlay: the future map, with removed cards shown as ghosts where they used to be.
  const overlay = [...after, ...before.filter((c) => c.comparison.status === 'removed')];
  const opportunities = new Map(future.opportunities.map((o) => [o.id, o.title]));
  const overlayLanes = [
    ...cardLanes(future),
    ...cardLanes(current).filter((l) => !future.lanes.some((f) => f.id === l.id)),
  ];
  const overlayStages = [...future.stages, ...current.stages.filter((s) => !future.stages.some((f) => f.id === s.id))];
  const { counts } = result;
  const sides = [
    ['current', current, before, 'before'],
    ['future', future, after, 'after'],
  ] as const;
  const describe = describeBefore(current.lanes, current.stages, current.language);
  // The export draws the overlay: the future map, removed cards as ghosts, both curves.
  const exportSource: ExportSource = async () => {
    const { doc, marks } = overlayMap(current, future, result);
    const { persona } = await withLibraryPersona(api, doc);
    const before = new Map(current.emotions.map((e) => [e.stageId, e.score]));
    return { doc, options: { persona, compare: { marks, before, against: current.title, counts: result.counts } } };
  };

  return (
    <div className="compare">
      <header className="app-header">
        <button type="button" onClick={back}>
          {t('compare.back')}
        </button>
        <div className="compare-title">
          <h1 className="map-heading">{future.title}</h1>
          <p>{t('compare.against', { title: current.title })}</p>
        </div>
        <p className="compare-counts" aria-label={t('compare.summary')}>
          <span className="status-added">{t('compare.added', { count: counts.added })}</span>
          <span className="status-changed">{t('compare.changed', { count: counts.changed })}</span>
          <span className="status-removed">{t('compare.removed', { count: counts.removed })}</span>
          <span>{t('compare.same', { count: counts.same })}</span>
        </p>
        <div className="spacer" />
        <label className="check">
          <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />
          {t('compare.showUnchanged')}
        </label>
        <div className="segmented-buttons" role="group" aria-label={t('compare.view')}>
          <button type="button" aria-pressed={mode === 'overlay'} onClick={() => setMode('overlay')}>
            {t('compare.overlay')}
          </button>
          <button type="button" aria-pressed={mode === 'side'} onClick={() => setMode('side')}>
            {t('compare.sideBySide')}
          </button>
        </div>
        <ExportMenu source={exportSource} formats={PICTURE_FORMAT_IDS} />
      </header>
      <Notice />
      <main className="compare-body">
        <EmotionCompareChart emotions={result.emotions} />
        {mode === 'overlay' ? (
          <CompareGrid
            describe={describe}
            label={t('compare.overlayTable')}
            stages={overlayStages}
            lanes={overlayLanes}
            cards={overlay}
            language={future.language}
            showUnchanged={showUnchanged}
            side="overlay"
            opportunities={opportunities}
          />
        ) : (
          <div className="compare-sides">
            {sides.map(([key, doc, cards, side]) => (
              <section key={key}>
                <h2>{t(`compare.${key}`)}</h2>
                <CompareGrid
                  describe={describe}
                  label={t(`compare.${key}`)}
                  stages={doc.stages}
                  lanes={cardLanes(doc)}
                  cards={cards}
                  language={doc.language}
                  showUnchanged={showUnchanged}
                  side={side}
                  opportunities={opportunities}
                />
              </section>
            ))}
          </div>
        )}
      </main>
    </div>
  );
}
