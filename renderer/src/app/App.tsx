import { useEffect } from 'react';
import { CompareScreen } from '../compare/CompareScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { flushOnLeave } from './flushOnLeave';
import { openFromOutside } from './openFromOutside';
import { connectMenu } from './menuBridge';
import { HelpDialogs } from './HelpDialogs';
import { useServices, useWaymark } from './ServicesContext';

export function App() {
  const services = useServices();
  const route = useWaymark((s) => s.route);
  useEffect(() => flushOnLeave(services), [services]);
  useEffect(() => openFromOutside(services), [services]);
  useEffect(() => connectMenu(services), [services]);
  const screen =
    route.screen === 'editor' ? (
      <EditorScreen mapId={route.mapId} />
    ) : route.screen === 'compare' ? (
      <CompareScreen mapId={route.mapId} />
    ) : (
      <LibraryScreen />
    );
  return (
    <>
      {screen}
      <HelpDialogs />
    </>
  );
}
