import { useWaymark } from '../app/ServicesContext';

const TEXT = { saved: 'Saved', saving: 'Saving…', pending: 'Unsaved changes', error: 'Not saved' } as const;

/** "Saved" appears only once the main process confirmed the commit (see store/autosave). */
export function SaveIndicator() {
  const state = useWaymark((s) => s.save.state);
  return (
    <div className={`save-indicator save-${state}`} role="status" aria-live="polite" data-save-state={state}>
      <span className="save-dot" aria-hidden="true" />
      <span>{TEXT[state]}</span>
    </div>
  );
}
