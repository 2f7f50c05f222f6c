import { useEffect, useMemo } from 'react';
import { personaLegend, type LegendEntry } from '../../../../shared/templates/personaLegend';
import { unwrap } from '../../ipc/bridge';
import { useServices, useWaymark } from '../../services/ServicesContext';

/**
 * The library personas' names, read when a map opens and again when the personas it names
 * change: what the curves' legend calls a library persona compared on the map.
 */
export function useLibraryPersonas(): void {
  const { api, store } = useServices();
  const named = useWaymark((s) =>
    s.doc ? [s.doc.id, s.doc.personaId, ...s.doc.personas.map((p) => p.personaId)].join('|') : null,
  );
  useEffect(() => {
    if (!named) return;
    let live = true;
    unwrap(api.personas.list({})).then(
      (list) => live && store.getState().setLibraryPersonas(Object.fromEntries(list.map((p) => [p.id, p.name]))),
      () => live && store.getState().setLibraryPersonas({}),
    );
    return () => {
      live = false;
    };
  }, [api, store, named]);
}

/** The view after `focus` when stepping through personas: each one's, then all of them again. */
export function nextPersonaFocus(legend: readonly { id: string }[], focus: string | null): string | null {
  if (legend.length < 2) return null;
  const at = focus === null ? -1 : legend.findIndex((p) => p.id === focus);
  return at + 1 < legend.length ? legend[at + 1]!.id : null;
}

/** The open map's personas as its curves' legend names them (the main one first). */
export function useLegend(): LegendEntry[] {
  // Only the fields the legend reads: the emotion lane re-renders with it, and a card's text
  // typed into the map must not re-render the lane (the binding keeps unchanged parts).
  const persona = useWaymark((s) => s.doc?.persona);
  const personaId = useWaymark((s) => s.doc?.personaId ?? null);
  const personas = useWaymark((s) => s.doc?.personas);
  const language = useWaymark((s) => s.doc?.language ?? 'en');
  const names = useWaymark((s) => s.libraryPersonas);
  return useMemo(
    () => (persona && personas ? personaLegend({ persona, personaId, personas, language }, (id) => names?.[id]) : []),
    [persona, personaId, personas, language, names],
  );
}
