import { errorText } from '../../i18n/errorText';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { LibraryPersona, PersonaFields } from '../../../../shared/model/persona';

const FIELDS: { key: keyof PersonaFields; multiline: boolean; hint: 'name' | 'quote' | 'list' }[] = [
  { key: 'name', multiline: false, hint: 'name' },
  { key: 'quote', multiline: true, hint: 'quote' },
  { key: 'goals', multiline: true, hint: 'list' },
  { key: 'needs', multiline: true, hint: 'list' },
  { key: 'frustrations', multiline: true, hint: 'list' },
];

interface Props {
  persona: LibraryPersona;
  /** Saves one changed field; rejects with a message when the library refuses it. */
  onSave: (fields: PersonaFields) => Promise<void>;
}

/** The persona's text fields; each is saved to the library when it loses focus. */
export function PersonaEditor({ persona, onSave }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PersonaFields>({
    name: persona.name,
    quote: persona.quote,
    goals: persona.goals,
    needs: persona.needs,
    frustrations: persona.frustrations,
  });
  const [error, setError] = useState<string | null>(null);

  const commit = async (key: keyof PersonaFields) => {
    if (draft[key] === persona[key]) return;
    if (key === 'name' && !draft.name.trim()) {
      setError(t('persona.nameRequired'));
      setDraft((d) => ({ ...d, name: persona.name }));
      return;
    }
    try {
      await onSave(draft);
      setError(null);
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <div className="persona-fields">
      {FIELDS.map((f) => (
        <label key={f.key}>
          {t(`persona.fields.${f.key}`)}
          {f.multiline ? (
            <textarea
              aria-label={t('persona.fieldLabel', { field: t(`persona.fields.${f.key}`).toLowerCase() })}
              value={draft[f.key]}
              placeholder={t(`persona.fieldHints.${f.hint}`)}
              rows={f.key === 'quote' ? 2 : 3}
              maxLength={f.key === 'quote' ? 1000 : 5000}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              onBlur={() => void commit(f.key)}
            />
          ) : (
            <input
              aria-label={t('persona.fieldLabel', { field: t(`persona.fields.${f.key}`).toLowerCase() })}
              value={draft[f.key]}
              placeholder={t(`persona.fieldHints.${f.hint}`)}
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              onBlur={() => void commit(f.key)}
            />
          )}
        </label>
      ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
