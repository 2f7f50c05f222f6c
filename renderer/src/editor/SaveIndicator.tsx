import { useServices, useWaymark } from '../app/ServicesContext';

export function SaveIndicator() {
  const { autosave } = useServices();
  const save = useWaymark((s) => s.save);
  const text =
    save.state === 'saved'
      ? 'Saved'
      : save.state === 'saving'
        ? 'Saving…'
        : save.state === 'pending'
          ? 'Unsaved changes'
          : 'Not saved';
  return (
    <div className={`save-indicator save-${save.state}`} role="status" aria-live="polite" data-save-state={save.state}>
      <span className="save-dot" aria-hidden="true" />
      <span>{text}</span>
      {save.state === 'error' && (
        <>
          <span className="save-error">{save.message}</span>
          <button type="button" onClick={() => void autosave.flush()}>
            Retry
          </button>
        </>
      )}
    </div>
  );
}
