import { errorText } from '../../i18n/errorText';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { personaInitial, type LibraryPersona } from '../../../../shared/model/persona';
import { unwrap } from '../../ipc/bridge';
import { useServices } from '../../services/ServicesContext';

interface Props {
  onPick: (persona: LibraryPersona) => void;
}

/** Reuse a persona from the library, or create a new one by name. */
export function PersonaPicker({ onPick }: Props) {
  const { api } = useServices();
  const { t } = useTranslation();
  const [personas, setPersonas] = useState<LibraryPersona[] | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    unwrap(api.personas.list({})).then(
      (list) => live && setPersonas(list),
      (err: unknown) => live && setError(errorText(t, err)),
    );
    return () => {
      live = false;
    };
  }, [api, t]);

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      onPick(await unwrap(api.personas.create({ name, quote: '', goals: '', needs: '', frustrations: '' })));
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <div className="persona-picker">
      {personas && personas.length > 0 && (
        <>
          <h3>{t('persona.fromLibrary')}</h3>
          <ul className="persona-choices" aria-label={t('persona.inLibrary')}>
            {personas.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => onPick(p)}>
                  {p.photo ? (
                    <img src={p.photo} alt="" />
                  ) : (
                    <span className="persona-initial">{personaInitial(p.name)}</span>
                  )}
                  <span>
                    <strong>{p.name}</strong>
                    <small>{t('common.maps', { count: p.mapCount })}</small>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={(e) => void create(e)}>
        <h3>{t('persona.create')}</h3>
        <div className="persona-create">
          <input
            aria-label={t('persona.newName')}
            placeholder={t('persona.newNameHint')}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('persona.createButton')}
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
