import { useEffect, useRef, useState } from 'react';
import { LANGUAGES, type Language, MAP_KINDS, type MapKind } from '../../../shared/model/constants';
import { KIND_LABELS } from '../../../shared/templates/labels';

const KIND_HINTS: Record<MapKind, string> = {
  'current-state': 'What customers do, think and feel with your brand today.',
  'future-state': 'The experience you want to create next.',
  'day-in-the-life': 'A whole day of the person, brand involved or not; columns are times of day.',
  'service-blueprint': 'The organisation behind the journey: frontstage, backstage, support.',
};
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', vi: 'Tiếng Việt' };

interface Props {
  onCreate: (options: { kind: MapKind; language: Language; title?: string }) => Promise<void>;
  onCancel: () => void;
}

export function NewMapDialog({ onCreate, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<MapKind>('current-state');
  const [language, setLanguage] = useState<Language>('en');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onCreate({ kind, language, title: title.trim() || undefined });
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="new-map-title" onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2 id="new-map-title">New map</h2>
        <fieldset className="kind-choices">
          <legend>Kind of map</legend>
          {MAP_KINDS.map((k) => (
            <label key={k} className={`kind-choice ${k === kind ? 'is-chosen' : ''}`}>
              <input type="radio" name="kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
              <span className="kind-name">{KIND_LABELS[k][language]}</span>
              <span className="kind-hint">{KIND_HINTS[k]}</span>
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <label>
            Template language
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            Title
            <input
              value={title}
              maxLength={200}
              placeholder={KIND_LABELS[kind][language]}
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Create map
          </button>
        </div>
      </form>
    </dialog>
  );
}
