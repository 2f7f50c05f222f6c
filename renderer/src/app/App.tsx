import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../library/LibraryScreen';
import { flushOnLeave } from './flushOnLeave';
import { openFromOutside } from './openFromOutside';
import { connectMenu } from './menuBridge';
import { HelpDialogs } from './HelpDialogs';
import { useServices, useWaymark } from '../services/ServicesContext';

// The library is the first screen: the editor (React Flow, panels) and the compare view load
// when a map is opened, so the library lists maps without waiting for them.
const EditorScreen = lazy(() => import('../editor/EditorScreen').then((m) => ({ default: m.EditorScreen })));
const CompareScreen = lazy(() => import('../compare/CompareScreen').then((m) => ({ default: m.CompareScreen })));

export function App() {
  const services = useServices();
  const route = useWaymark((s) => s.route);
  const readOnly = useWaymark((s) => s.readOnly);
  const { t } = useTranslation();
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
      <Suspense
        fallback={
          <p className="screen-loading" role="status">
            {t('editor.opening')}
          </p>
        }
      >
        {screen}
      </Suspense>
      {readOnly && (
        <p className="read-only-banner" role="status">
          {t('library.readOnlyBanner')}
        </p>
      )}
      <HelpDialogs />
    </>
  );
}
