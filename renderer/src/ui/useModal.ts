import { useEffect, useRef } from 'react';

/**
 * A <dialog> opened as a modal when it mounts: the browser then traps focus in it, Escape
 * cancels it and the page behind is inert. Returns the ref to put on the <dialog>.
 */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
