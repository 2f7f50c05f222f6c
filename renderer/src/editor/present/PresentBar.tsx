import { useTranslation } from 'react-i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { applyTheme, savedTheme } from '../../ui/theme';
import { GLYPHS } from '../glyphs';
import { PresentTimer } from './PresentTimer';

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
