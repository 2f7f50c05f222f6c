import type { MapPersona } from '../../../../shared/model/types';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/model/limits';
import { MAIN_PERSONA } from '../../../../shared/model/constants';
import { addMapPersona, removeMapPersona, updateMapPersona } from '../../../../shared/model/operations';
import { PERSONA_STYLE } from '../../../../shared/render/palette';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { useLegend } from './comparedPersonas';
import { GLYPHS } from '../glyphs';

const OWN = '__own__';
const NONE: readonly MapPersona[] = [];

/**
 * The personas compared beside the main one: each with its curve's colour, renamed here when it
 * is the map's own, removed with its curve; new ones from the library or the map's own. Every
 * change is one undoable edit.
 */
export function ComparedPersonas({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const { store } = useServices();
  const legend = useLegend();
  const personas = useWaymark((s) => s.doc?.personas) ?? NONE;
  // The library's personas as the editor read them for this map (comparedPersonas.ts).
  const names = useWaymark((s) => s.libraryPersonas);
  const library = Object.entries(names ?? {})
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const change = store.getState().change;
  const used = new Set([store.getState().doc?.personaId, ...personas.map((p) => p.personaId)]);
  const full = personas.length >= LIMITS.extraPersonas;

  const add = (value: string) => {
    const picked = library.find((p) => p.id === value);
    change((d) =>
      addMapPersona(d, picked ? { personaId: picked.id, name: picked.name } : { personaId: null, name: '' }),
    );
  };

  return (
    <section className="compared-personas" aria-labelledby="compared-title">
      <h3 id="compared-title">{t('persona.compared')}</h3>
      <p className="hint">{t('persona.comparedHint')}</p>
      <ul>
        {legend.map((entry) => {
          const own = personas.find((p) => p.id === entry.id);
          return (
            <li key={entry.id} style={{ '--persona-ink': PERSONA_STYLE[entry.colour].ink } as React.CSSProperties}>
              <span className="persona-swatch" aria-hidden="true" />
              {entry.id === MAIN_PERSONA || !own || own.personaId !== null || readOnly ? (
                <span className="compared-name">
                  {entry.name}
                  {entry.id === MAIN_PERSONA && <small className="compared-role">{t('persona.mainPersona')}</small>}
                </span>
              ) : (
                <input
                  aria-label={t('persona.ownName')}
                  defaultValue={own.persona.name}
                  placeholder={entry.name}
                  maxLength={LIMITS.titleChars}
                  onBlur={(e) => {
                    if (e.target.value !== own.persona.name)
                      change((d) => updateMapPersona(d, own.id, { name: e.target.value }));
                  }}
                  onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
                />
              )}
              {entry.id !== MAIN_PERSONA && !readOnly && (
                <button
                  type="button"
                  className="header-action"
                  aria-label={t('persona.removeCompared', { name: entry.name })}
                  onClick={() => change((d) => removeMapPersona(d, entry.id))}
                >
                  {GLYPHS.close}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <select
          aria-label={t('persona.addCompared')}
          value=""
          disabled={full}
          onChange={(e) => e.target.value && add(e.target.value)}
        >
          <option value="">{t('persona.addCompared')}</option>
          <option value={OWN}>{t('persona.addOwn')}</option>
          {library
            .filter((p) => !used.has(p.id))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      )}
    </section>
  );
}
