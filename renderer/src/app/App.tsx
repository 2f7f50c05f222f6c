import { useEffect } from 'react';
import { CompareScreen } from '../compare/CompareScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { flushOnLeave } from './flushOnLeave';
import { openFromOutside } from './openFromOutside';
import { useServices, useWaymark } from './ServicesContext';

export function App() {
  const services = useServices();
  const route = useWaymark((s) => s.route);
  useEffect(() => flushOnLeave(services), [services]);
  useEffect(() => openFromOutside(services), [services]);
  if (route.screen === 'editor') return <EditorScreen mapId={route.mapId} />;
  if (route.screen === 'compare') return <CompareScreen mapId={route.mapId} />;
  return <LibraryScreen />;
}
