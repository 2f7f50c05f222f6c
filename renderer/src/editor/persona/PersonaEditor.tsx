import { useState } from 'react';
import type { LibraryPersona, PersonaFields } from '../../../../shared/model/persona';

const FIELDS: { key: keyof PersonaFields; label: string; multiline: boolean; hint: string }[] = [
  { key: 'name', label: 'Name', multiline: false, hint: 'e.g. Chị Lan, 27, office worker' },
  { key: 'quote', label: 'Quote', multiline: true, hint: 'Something they said in research' },
  { key: 'goals', label: 'Goals', multiline: true, hint: 'One per line' },
  { key: 'needs', label: 'Needs', multiline: true, hint: 'One per line' },
  { key: 'frustrations', label: 'Frustrations', multiline: true, hint: 'One per line' },
];

interface Props {
  persona: LibraryPersona;
  /** Saves one changed field; rejects with a message when the library refuses it. */
  onSave: (fields: PersonaFields) => Promise<void>;
}

/** The persona's text fields; each is saved to the library when it loses focus. */
export function PersonaEditor({ persona, onSave }: Props) {
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
      setError('A persona needs a name; the previous name was kept.');
      setDraft((d) => ({ ...d, name: persona.name }));
      return;
    }
    try {
      await onSave(draft);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div className="persona-fields">
      {FIELDS.map((f) => (
        <label key={f.key}>
          {f.label}
          {f.multiline ? (
            <textarea
              aria-label={`Persona ${f.label.toLowerCase()}`}
              value={draft[f.key]}
              placeholder={f.hint}
              rows={f.key === 'quote' ? 2 : 3}
              maxLength={f.key === 'quote' ? 1000 : 5000}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
              onBlur={() => void commit(f.key)}
            />
          ) : (
            <input
              aria-label={`Persona ${f.label.toLowerCase()}`}
              value={draft[f.key]}
              placeholder={f.hint}
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
