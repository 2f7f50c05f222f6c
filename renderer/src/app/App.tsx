import { useEffect } from 'react';
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { flushOnLeave } from './flushOnLeave';
import { useServices, useWaymark } from './ServicesContext';

export function App() {
  const services = useServices();
  const route = useWaymark((s) => s.route);
  useEffect(() => flushOnLeave(services), [services]);
  return route.screen === 'editor' ? <EditorScreen mapId={route.mapId} /> : <LibraryScreen />;
}
