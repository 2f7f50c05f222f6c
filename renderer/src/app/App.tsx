import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareScreen } from '../compare/CompareScreen';
import { EditorScreen } from '../editor/EditorScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { flushOnLeave } from './flushOnLeave';
import { openFromOutside } from './openFromOutside';
import { connectMenu } from './menuBridge';
import { HelpDialogs } from './HelpDialogs';
import { useServices, useWaymark } from '../services/ServicesContext';

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
      {screen}
      {readOnly && (
        <p className="read-only-banner" role="status">
          {t('library.readOnlyBanner')}
        </p>
      )}
      <HelpDialogs />
    </>
  );
}
