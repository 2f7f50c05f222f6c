import { useTranslation } from 'react-i18next';
import type { RoomMember } from '../../../../shared/collab/roomPresence';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';

const NO_PEOPLE: readonly RoomMember[] = [];

/** Who is in the room, what each is doing, and the host's say over them: role and removal. */
export function RoomPeople() {
  const { t } = useTranslation();
  const { api } = useServices();
  const people = useWaymark((s) => s.room?.people ?? NO_PEOPLE);
  const stages = useWaymark((s) => s.doc?.stages);
  const stageName = (id: string | null) => stages?.find((s) => s.id === id)?.name ?? '';
  return (
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
              onClick={() => void unwrap(api.room.remove({ personId: p.id }))}
            >
              {t('room.host.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
