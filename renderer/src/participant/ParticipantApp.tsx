import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, UI_LANGUAGES } from '../i18n/i18n';
import { LANGUAGE_NAMES } from '../i18n/uiLanguage';
import { NameGate } from './NameGate';
import { roomActions } from './roomActions';
import type { RoomClient } from './roomClient';
import { RoomPeopleStrip, RoomTimer, SessionNotes, VoteNote } from './RoomNotes';
import { VoteList } from './VoteList';
import { StageColumn } from './StageColumn';
import { useRoomView } from './useRoomView';

const NAME_KEY = 'waymark.room.name';
/** What a phone lists while a vote is open: the cards that can take a dot, or every card. */
const LISTS = ['vote', 'cards'] as const;

function LanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
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
  );
}

/**
 * A participant's view of the workshop room, phone first: the stage's lanes as a list (step
 * between stages), the whole grid on a wide screen. Anyone adds cards, dots and comments; each
 * person edits and deletes their own.
 */
export function ParticipantApp({ client, storage }: { client: RoomClient; storage: Storage | null }) {
  const { t } = useTranslation();
  const view = useRoomView(client);
  const status = useSyncExternalStore(client.subscribe, client.status);
  const refusal = useSyncExternalStore(client.subscribe, client.lastRefusal);
  const me = useSyncExternalStore(client.subscribe, client.me);
  const people = useSyncExternalStore(client.subscribe, client.people);
  const title = useSyncExternalStore(client.subscribe, client.title);
  const [name, setName] = useState(() => storage?.getItem(NAME_KEY) ?? '');
  const [stage, setStage] = useState(0);
  const [typing, setTyping] = useState(false);
  // A vote opening turns the phone to the vote list; its closing turns it back.
  const voting = view.session.vote !== null;
  const [mode, setMode] = useState<{ voting: boolean; list: 'cards' | 'vote' }>({ voting: false, list: 'cards' });
  const list = mode.voting === voting ? mode.list : voting ? 'vote' : 'cards';
  const { map } = view;
  const at = map ? Math.min(stage, map.stages.length - 1) : 0;
  const stageId = map?.stages[at]?.id ?? null;

  useEffect(() => {
    if (name) client.present({ name, stage: stageId, editing: typing });
  }, [client, name, stageId, typing]);

  if (status === 'closed' || status === 'removed')
    return (
      <p className="room-closed" role="status">
        {t(status === 'removed' ? 'room.removed' : 'room.closed')}
      </p>
    );
  if (!name)
    return (
      <NameGate
        title={view.map?.title ?? title}
        onName={(n) => {
          storage?.setItem(NAME_KEY, n);
          setName(n);
        }}
      />
    );
  if (status === 'waiting')
    return (
      <div className="room-waiting" role="status">
        {title && <h1 className="room-join-title">{title}</h1>}
        <p>{t('room.lobby')}</p>
      </div>
    );
  if (!map)
    return (
      <p className="room-waiting" role="status">
        {t('room.joining')}
      </p>
    );
  const actions = roomActions(client, view, name);
  const dotsUsed = map.votes.filter((v) => v.voter === me?.id).length;
  const full = { ...view, map };
  return (
    <div className="room">
      <header className="room-header">
        <h1>{map.title}</h1>
        <span className={`room-status is-${status}`} role="status">
          {t(`room.status.${status}`)}
        </span>
        <LanguageChoice />
      </header>
      <RoomPeopleStrip people={people} meId={me?.id ?? null} />
      <SessionNotes session={view.session} />
      {refusal && (
        <p className="room-refused" role="alert">
          {t(refusal.key, refusal.params ?? {})}
        </p>
      )}
      {/* Sticky: the timer, the dots left, and where one is. */}
      <div className="room-bar">
        <RoomTimer timer={view.session.timer} offset={client.clockOffset()} />
        <VoteNote session={view.session} dotsUsed={dotsUsed} />
        {voting && (
          <div className="segmented-buttons room-modes" role="group" aria-label={t('room.view')}>
            {LISTS.map((m) => (
              <button key={m} type="button" aria-pressed={list === m} onClick={() => setMode({ voting, list: m })}>
                {t(m === 'vote' ? 'room.viewVote' : 'room.viewCards')}
              </button>
            ))}
          </div>
        )}
        {list === 'cards' && (
          <nav className="room-stages" aria-label={t('room.stages')}>
            <button
              type="button"
              disabled={at === 0}
              onClick={() => setStage(at - 1)}
              aria-label={t('present.previous')}
            >
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
        )}
      </div>
      {list === 'vote' ? (
        <VoteList map={map} view={view} actions={actions} meId={me?.id ?? null} />
      ) : (
        <div className="room-grid">
          {map.stages.map((s, i) => (
            <StageColumn
              key={s.id}
              view={full}
              stageId={s.id}
              current={i === at}
              actions={actions}
              meId={me?.id ?? null}
              onTyping={setTyping}
              // On a wide screen every stage shows: the one worked in is the one looked at.
              onLook={() => setStage(i)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
