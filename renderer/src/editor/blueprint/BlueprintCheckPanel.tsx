import { useTranslation } from 'react-i18next';
import type { BlueprintFinding } from '../../../../shared/model/blueprintCheck';
import type { TFunction } from 'i18next';
import { useServices, useWaymark } from '../../services/ServicesContext';

/** A finding in words, in the interface language. */
export function findingText(t: TFunction, f: BlueprintFinding): string {
  return t(`blueprint.${f.problem}`, { text: f.excerpt || t('blueprint.emptyCard') });
}

export function BlueprintCheckToggle() {
  const { t } = useTranslation();
  const { store } = useServices();
  const on = useWaymark((s) => s.blueprintCheck);
  return (
    <button type="button" aria-pressed={on} onClick={() => store.getState().setBlueprintCheck(!on)}>
      {t('blueprint.toggle')}
    </button>
  );
}

/** What the blueprint check found; each entry selects its card and brings it into view. */
export function BlueprintCheckPanel({ findings }: { findings: BlueprintFinding[] }) {
  const { t } = useTranslation();
  const { store, canvas } = useServices();
  return (
    <section className="check-panel" aria-label={t('blueprint.title')}>
      <h2>{t('blueprint.title')}</h2>
      {findings.length === 0 ? (
        <p>{t('blueprint.allGood')}</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={`${f.cardId}:${f.problem}`}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  store.getState().select([f.cardId]);
                  canvas.get()?.focusCard(f.cardId);
                }}
              >
                {findingText(t, f)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
