import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model/limits';

/** Before anything else: the name the room will see beside this person's cards and comments. */
export function NameGate({ onName }: { onName: (name: string) => void }) {
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
