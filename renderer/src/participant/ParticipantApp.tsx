import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHORS_KEY } from '../../../shared/collab/authors';
import { readMap, writeMap } from '../../../shared/collab/mapBinding';
import { newId } from '../../../shared/model/ids';
import { addCard, deleteCards, updateCard } from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import { rememberLanguage, UI_LANGUAGES } from '../i18n/i18n';
import { LANGUAGE_NAMES } from '../i18n/uiLanguage';
import type { RoomClient } from './roomClient';
import { StageColumn } from './StageColumn';

interface RoomView {
  map: JourneyMap | null;
  /** Who wrote each card added in the room. */
  authors: ReadonlyMap<string, string>;
}

/** The map as the room has it now, re-read whenever the room's document changes. */
function useRoomMap(client: RoomClient): RoomView {
  const [view, setView] = useState<RoomView>({ map: null, authors: new Map() });
  useEffect(() => {
    let doc = client.doc;
    const read = () => {
      doc = client.doc;
      setView((before) => {
        const next = readMap(doc, before.map ?? undefined);
        return {
          map: next.stages?.length ? next : null,
          authors: new Map(doc.getMap<string>(AUTHORS_KEY).entries()),
        };
      });
    };
    read();
    doc.on('update', read);
    const stop = client.subscribe(() => {
      if (doc !== client.doc) {
        doc.off('update', read);
        read();
        client.doc.on('update', read);
      }
    });
    return () => {
      stop();
      client.doc.off('update', read);
    };
  }, [client]);
  return view;
}

/**
 * A participant's view of the workshop room, phone first: the stage's lanes as a list (swipe
 * or step between stages), the whole grid on a wide screen. Anyone adds cards; each person
 * edits and deletes their own.
 */
export function ParticipantApp({ client }: { client: RoomClient }) {
  const { t, i18n } = useTranslation();
  const { map, authors } = useRoomMap(client);
  const status = useSyncExternalStore(client.subscribe, client.status);
  const refusal = useSyncExternalStore(client.subscribe, client.lastRefusal);
  const me = useSyncExternalStore(client.subscribe, client.me);
  const [stage, setStage] = useState(0);

  const edit = (op: (d: JourneyMap) => JourneyMap, claim?: string) => {
    const doc = client.doc;
    doc.transact(() => {
      const now = readMap(doc);
      writeMap(doc, op(now), null, now);
      if (claim && me) doc.getMap<string>(AUTHORS_KEY).set(claim, me.id);
    });
  };
  const actions = {
    add: (laneId: string, stageId: string, text: string) => {
      const id = newId();
      edit((d) => addCard(d, { laneId, stageId, id, text }), id);
    },
    change: (id: string, text: string) => edit((d) => updateCard(d, id, { text })),
    remove: (id: string) => edit((d) => deleteCards(d, [id])),
    mine: (id: string) => me !== null && authors.get(id) === me.id,
  };

  if (status === 'closed')
    return (
      <p className="room-closed" role="status">
        {t('room.closed')}
      </p>
    );
  if (!map)
    return (
      <p className="room-waiting" role="status">
        {t('room.joining')}
      </p>
    );
  const at = Math.min(stage, map.stages.length - 1);
  return (
    <div className="room">
      <header className="room-header">
        <h1>{map.title}</h1>
        <span className={`room-status is-${status}`} role="status">
          {t(`room.status.${status}`)}
        </span>
        <select
          aria-label={t('app.language')}
          value={i18n.language}
          onChange={(e) => {
            rememberLanguage(e.target.value as 'en' | 'vi');
            void i18n.changeLanguage(e.target.value);
          }}
        >
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </header>
      {refusal && (
        <p className="room-refused" role="alert">
          {t(refusal.key, refusal.params ?? {})}
        </p>
      )}
      <nav className="room-stages" aria-label={t('room.stages')}>
        <button type="button" disabled={at === 0} onClick={() => setStage(at - 1)} aria-label={t('present.previous')}>
          ‹
        </button>
        <span>{t('present.stageOf', { n: at + 1, total: map.stages.length, name: map.stages[at]!.name })}</span>
        <button
          type="button"
          disabled={at >= map.stages.length - 1}
          onClick={() => setStage(at + 1)}
          aria-label={t('present.next')}
        >
          ›
        </button>
      </nav>
      <div className="room-grid">
        {map.stages.map((s, i) => (
          <StageColumn key={s.id} map={map} stageId={s.id} current={i === at} actions={actions} />
        ))}
      </div>
    </div>
  );
}
