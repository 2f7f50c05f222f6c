import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomMember } from '../../../../shared/collab/roomPresence';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { setLobby } from './hostSession';

/** After a removal with the lobby off: what the removal does, and the lobby offered for newcomers. */
function LobbyOffer({ removed, onDone }: { removed: { name: string; barred: boolean }; onDone: () => void }) {
  const { t } = useTranslation();
  const { api, store } = useServices();
  return (
    <div className="room-offer" role="status">
      <p>{t(removed.barred ? 'room.host.removedBarred' : 'room.host.removedKey', { name: removed.name })}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          setLobby(api, store, true);
          onDone();
        }}
      >
        {t('room.host.lobbyOn')}
      </button>
      <button type="button" onClick={onDone}>
        {t('room.host.notNow')}
      </button>
    </div>
  );
}

const NO_PEOPLE: readonly RoomMember[] = [];

/** Newcomers waiting in the lobby, each let in or turned away by name. */
function Lobby({ waiting, remove }: { waiting: readonly RoomMember[]; remove: (p: RoomMember) => void }) {
  const { t } = useTranslation();
  const { api } = useServices();
  if (!waiting.length) return null;
  return (
    <section className="room-people room-lobby" aria-label={t('room.host.waitingTitle')}>
      <h3>{t('room.host.waitingTitle')}</h3>
      <ul>
        {waiting.map((p) => {
          const name = p.name || t('room.host.unnamed');
          return (
            <li key={p.id}>
              <span className="room-swatch" style={{ background: p.colour }} aria-hidden="true" />
              <strong className="room-person">{name}</strong>
              <button
                type="button"
                className="primary"
                aria-label={t('room.host.admitWho', { name })}
                onClick={() => void unwrap(api.room.admit({ personId: p.id }))}
              >
                {t('room.host.admit')}
              </button>
              <button type="button" aria-label={t('room.host.turnAwayWho', { name })} onClick={() => remove(p)}>
                {t('room.host.turnAway')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Who is in the room, what each is doing, and the host's say over them: role and removal. */
export function RoomPeople() {
  const { t } = useTranslation();
  const { api } = useServices();
  const everyone = useWaymark((s) => s.room?.people ?? NO_PEOPLE);
  const people = everyone.filter((p) => !p.waiting);
  const stages = useWaymark((s) => s.doc?.stages);
  const stageName = (id: string | null) => stages?.find((s) => s.id === id)?.name ?? '';
  const lobby = useWaymark((s) => s.room?.lobby === true);
  const [removed, setRemoved] = useState<{ name: string; barred: boolean } | null>(null);
  const remove = (p: RoomMember) => {
    const name = p.name || t('room.host.unnamed');
    void unwrap(api.room.remove({ personId: p.id })).then(({ barred }) => setRemoved({ name, barred }));
  };
  return (
    <>
      {removed && !lobby && <LobbyOffer removed={removed} onDone={() => setRemoved(null)} />}
      <Lobby waiting={everyone.filter((p) => p.waiting)} remove={remove} />
      <section className="room-people" aria-label={t('room.host.peopleTitle')}>
        <h3>
          {t('room.host.peopleTitle')} <span className="room-count">{people.length}</span>
        </h3>
        {people.length === 0 && <p className="hint">{t('room.host.nobody')}</p>}
        <ul>
          {people.map((p) => (
            <li key={p.id}>
              <span className="room-swatch" style={{ background: p.colour }} aria-hidden="true" />
              <span className="room-person">
                <strong>{p.name || t('room.host.unnamed')}</strong>
                <small>
                  {p.editing
                    ? t('room.host.typing')
                    : p.stage
                      ? t('room.host.viewing', { stage: stageName(p.stage) })
                      : t('room.host.joined')}
                </small>
              </span>
              <select
                aria-label={t('room.host.roleOf', { name: p.name || t('room.host.unnamed') })}
                value={p.role}
                onChange={(e) =>
                  void unwrap(
                    api.room.setRole({ personId: p.id, role: e.target.value as 'participant' | 'cofacilitator' }),
                  )
                }
              >
                <option value="participant">{t('room.role.participant')}</option>
                <option value="cofacilitator">{t('room.role.cofacilitator')}</option>
              </select>
              <button
                type="button"
                className="danger"
                aria-label={t('room.host.removeWho', { name: p.name || t('room.host.unnamed') })}
                onClick={() => remove(p)}
              >
                {t('room.host.remove')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
