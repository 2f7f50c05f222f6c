import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/model/limits';
import { setScenario } from '../../../../shared/model/operations';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** The map's scenario, edited beside its persona; it heads every export's title block. */
export function ScenarioField() {
  const { t } = useTranslation();
  const { store } = useServices();
  const scenario = useWaymark((s) => s.doc?.scenario ?? '');
  return (
    <label className="scenario-field">
      {t('persona.scenario')}
      <textarea
        aria-label={t('persona.scenario')}
        value={scenario}
        rows={3}
        maxLength={LIMITS.longTextChars}
        placeholder={t('persona.scenarioHint')}
        onChange={(e) => store.getState().change((d) => setScenario(d, e.target.value), { coalesce: 'scenario' })}
      />
    </label>
  );
}
