import type { BlueprintFinding } from '../../../shared/model/blueprintCheck';
import { useServices, useWaymark } from '../app/ServicesContext';

export function BlueprintCheckToggle() {
  const { store } = useServices();
  const on = useWaymark((s) => s.blueprintCheck);
  return (
    <button type="button" aria-pressed={on} onClick={() => store.getState().setBlueprintCheck(!on)}>
      Blueprint check
    </button>
  );
}

/** What the blueprint check found; each entry selects its card and brings it into view. */
export function BlueprintCheckPanel({ findings }: { findings: BlueprintFinding[] }) {
  const { store, canvas } = useServices();
  return (
    <section className="check-panel" aria-label="Blueprint check">
      <h2>Blueprint check</h2>
      {findings.length === 0 ? (
        <p>Every customer action has a frontstage or backstage step, and every step has an owner.</p>
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
                {f.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
