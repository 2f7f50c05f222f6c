import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model/limits';

/** Before anything else: the name the room will see beside this person's cards and comments. */
export function NameGate({ title, onName }: { title: string; onName: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <form
      className="room-name"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onName(name.trim());
      }}
    >
      {/* Which workshop this is, as soon as the room has said so. */}
      <p className="room-join-kicker">{t('room.joinKicker')}</p>
      <h1 className="room-join-title">{title || t('room.joining')}</h1>
      <label>
        {t('room.yourName')}
        <input
          value={name}
          maxLength={LIMITS.nameChars}
          autoFocus
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <p className="hint">{t('room.namePrompt')}</p>
      <button type="submit" className="primary" disabled={!name.trim()}>
        {t('room.enter')}
      </button>
    </form>
  );
}
