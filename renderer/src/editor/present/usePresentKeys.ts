import { useEffect } from 'react';
import { useServices, useWaymark } from '../../services/ServicesContext';
import { isTextEntry } from './isTextEntry';
import { personaLegend } from '../../../../shared/templates/personaLegend';
import { nextPersonaFocus } from '../persona/comparedPersonas';

const NEXT = new Set(['PageDown', 'ArrowRight', ' ', 'Spacebar']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft']);

/**
 * Slide-software keys while presenting. Presentation clickers send Page Up / Page Down. The
 * listener runs in the capture phase so the editor's own arrow-key navigation does not also
 * move the selection; typing in a card (live capture) keeps every key.
 */
export function usePresentKeys(): void {
  const { store } = useServices();
  const presenting = useWaymark((s) => s.present !== null);
  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const present = s.present;
      if (!present) return;
      if (isTextEntry(e.target)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      let handled = true;
      if (e.key === 'b' || e.key === 'B' || e.key === '.') s.updatePresent({ blanked: !present.blanked });
      else if (present.blanked && e.key !== 'Escape') handled = true;
      else if (NEXT.has(e.key)) s.updatePresent({ stage: present.stage + 1 });
      else if (PREVIOUS.has(e.key)) s.updatePresent({ stage: present.stage - 1 });
      else if (e.key === 'Home') s.updatePresent({ stage: 0 });
      else if (e.key === 'End') s.updatePresent({ stage: Number.MAX_SAFE_INTEGER });
      else if (e.key === 'Escape') s.stopPresenting();
      else if ((e.key === 'p' || e.key === 'P') && s.doc?.personas.length)
        s.setPersonaFocus(nextPersonaFocus(personaLegend(s.doc), s.personaFocus));
      else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [presenting, store]);
}
