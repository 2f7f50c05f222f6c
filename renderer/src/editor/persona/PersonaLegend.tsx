import { useTranslation } from 'react-i18next';
import { PERSONA_STYLE } from '../../../../shared/render/palette';
import { personaInitial } from '../../../../shared/model/persona';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { useLegend } from './comparedPersonas';

/**
 * Beside the emotion lane of a map that compares personas: each persona in its curve's colour.
 * Pressing one shows that persona's view (its curve to edit, the others and the cards that do
 * not concern it faded); pressing it again shows every persona.
 */
export function PersonaLegend() {
  const { t } = useTranslation();
  const { store } = useServices();
  const legend = useLegend();
  const focus = useWaymark((s) => s.personaFocus);
  if (legend.length < 2) return null;
  return (
    <div className="persona-legend nodrag" role="group" aria-label={t('persona.legend')}>
      {legend.map((p) => (
        <button
          key={p.id}
          type="button"
          className={`persona-chip ${focus !== null && focus !== p.id ? 'is-faded' : ''}`}
          aria-pressed={focus === p.id}
          title={t('persona.focus', { name: p.name })}
          style={
            {
              '--persona-ink': PERSONA_STYLE[p.colour].ink,
              '--persona-tint': PERSONA_STYLE[p.colour].tint,
            } as React.CSSProperties
          }
          onClick={(e) => {
            e.stopPropagation();
            store.getState().setPersonaFocus(focus === p.id ? null : p.id);
          }}
        >
          <span className="curve-initial" aria-hidden="true">
            {personaInitial(p.name)}
          </span>
          {p.name}
        </button>
      ))}
    </div>
  );
}
