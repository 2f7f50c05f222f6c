import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { applyTheme, savedTheme } from '../../ui/theme';
import { GLYPHS } from '../glyphs';
import { PresentTimer } from './PresentTimer';
import { nextPersonaFocus, useLegend } from '../persona/comparedPersonas';

/** On a map comparing personas: whose view the room sees, and a step to the next (P). */
function PersonaStep() {
  const { t } = useTranslation();
  const { store } = useServices();
  const legend = useLegend();
  const focus = useWaymark((s) => s.personaFocus);
  if (legend.length < 2) return null;
  const shown = legend.find((p) => p.id === focus);
  return (
    <button
      type="button"
      className="present-persona"
      title={t('present.nextPersona')}
      aria-label={`${shown ? t('present.personaView', { name: shown.name }) : t('present.allPersonas')}. ${t('present.nextPersona')}`}
      onClick={() => store.getState().setPersonaFocus(nextPersonaFocus(legend, focus))}
    >
      {shown ? t('present.personaView', { name: shown.name }) : t('present.allPersonas')}
    </button>
  );
}

/**
 * The only chrome in presentation mode: a slim strip above the map (never over it) with the
 * stage, the view choice, the workshop timer and the way out.
 */
export function PresentBar() {
  const { t } = useTranslation();
  const { store } = useServices();
  const present = useWaymark((s) => s.present);
  const stages = useWaymark((s) => s.doc?.stages ?? []);
  if (!present) return null;
  const stage = stages[present.stage];
  const projector = savedTheme() === 'projector';
  return (
    <header className="present-bar" aria-label={t('present.label')}>
      <button
        type="button"
        aria-label={t('present.previous')}
        disabled={present.stage === 0}
        onClick={() => store.getState().updatePresent({ stage: present.stage - 1 })}
      >
        {GLYPHS.previous}
      </button>
      <h1 className="present-stage" aria-live="polite">
        {t('present.stageOf', { n: present.stage + 1, total: stages.length, name: stage?.name ?? '' })}
      </h1>
      <button
        type="button"
        aria-label={t('present.next')}
        disabled={present.stage >= stages.length - 1}
        onClick={() => store.getState().updatePresent({ stage: present.stage + 1 })}
      >
        {GLYPHS.next}
      </button>
      <div className="segmented-buttons" role="group" aria-label={t('present.label')}>
        <button
          type="button"
          aria-pressed={present.spotlight}
          onClick={() => store.getState().updatePresent({ spotlight: true })}
        >
          {t('present.spotlight')}
        </button>
        <button
          type="button"
          aria-pressed={!present.spotlight}
          onClick={() => store.getState().updatePresent({ spotlight: false })}
        >
          {t('present.wholeMap')}
        </button>
      </div>
      <PersonaStep />
      <button
        type="button"
        aria-pressed={present.capture}
        onClick={() => store.getState().updatePresent({ capture: !present.capture })}
      >
        {t('present.liveCapture')}
      </button>
      <label className="check">
        <input
          type="checkbox"
          defaultChecked={projector}
          onChange={(e) => applyTheme(e.target.checked ? 'projector' : 'system')}
        />
        {t('app.themeProjector')}
      </label>
      <p className="present-help">{t('present.help')}</p>
      <PresentTimer />
      <button type="button" className="primary" onClick={() => store.getState().stopPresenting()}>
        {t('present.exit')}
      </button>
    </header>
  );
}
