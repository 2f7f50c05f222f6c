import { useModal } from '../ui/useModal';
import { errorText } from '../i18n/errorText';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, MAP_KINDS, type MapKind } from '../../../shared/model/constants';
import { EXAMPLES } from '../../../shared/templates/examples';
import { KIND_LABELS } from '../../../shared/templates/labels';
import { LANGUAGE_NAMES } from '../i18n/uiLanguage';

/** Each language in its own name, as language pickers show them. */

interface Props {
  onCreate: (options: { kind: MapKind; language: Language; title?: string } | { example: string }) => Promise<void>;
  onCancel: () => void;
}

export function NewMapDialog({ onCreate, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useModal();
  const [kind, setKind] = useState<MapKind>('current-state');
  const [language, setLanguage] = useState<Language>(i18n.language === 'vi' ? 'vi' : 'en');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<'blank' | 'example'>('blank');
  const [example, setExample] = useState(EXAMPLES[0]!.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onCreate(source === 'example' ? { example } : { kind, language, title: title.trim() || undefined });
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="new-map-title" onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2 id="new-map-title">{t('newMap.title')}</h2>
        <div className="segmented-buttons source-switch" role="group" aria-label={t('newMap.startFrom')}>
          <button type="button" aria-pressed={source === 'blank'} onClick={() => setSource('blank')}>
            {t('newMap.blank')}
          </button>
          <button type="button" aria-pressed={source === 'example'} onClick={() => setSource('example')}>
            {t('newMap.example')}
          </button>
        </div>
        {source === 'example' ? (
          <fieldset className="kind-choices example-choices">
            <legend>{t('newMap.exampleLegend')}</legend>
            {EXAMPLES.map((x) => (
              <label key={x.id} className={`kind-choice ${x.id === example ? 'is-chosen' : ''}`}>
                <input
                  type="radio"
                  name="example"
                  value={x.id}
                  checked={x.id === example}
                  onChange={() => setExample(x.id)}
                />
                <span className="kind-name" lang={x.language}>
                  {x.title}
                </span>
                <span className="kind-hint" lang={x.language}>
                  {KIND_LABELS[x.kind][x.language]} · {x.scenario}
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <>
            <fieldset className="kind-choices">
              <legend>{t('newMap.kindLegend')}</legend>
              {MAP_KINDS.map((k) => (
                <label key={k} className={`kind-choice ${k === kind ? 'is-chosen' : ''}`}>
                  <input type="radio" name="kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
                  <span className="kind-name">{KIND_LABELS[k][language]}</span>
                  <span className="kind-hint">{t(`newMap.hints.${k}`)}</span>
                </label>
              ))}
            </fieldset>
            <div className="field-row">
              <label>
                {t('newMap.templateLanguage')}
                <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {LANGUAGE_NAMES[l]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="grow">
                {t('newMap.mapTitle')}
                <input
                  value={title}
                  maxLength={200}
                  placeholder={t('newMap.titleHint')}
                  onChange={(e) => setTitle(e.target.value)}
                />
              </label>
            </div>
          </>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {source === 'example' ? t('newMap.createExample') : t('newMap.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
