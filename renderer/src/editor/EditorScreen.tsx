import { useLibraryPersonas } from './persona/comparedPersonas';
import { errorText } from '../i18n/errorText';
import { useTranslation } from 'react-i18next';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { unwrap } from '../ipc/bridge';
import { useServices, useWaymark } from '../services/ServicesContext';
import { Canvas } from './canvas/Canvas';
import { EditorHeader } from './header/EditorHeader';
import { HistoryPanel } from './history/HistoryPanel';
import { Inspector } from './inspector/Inspector';
import { PersonaPanel } from './persona/PersonaPanel';
import { InsightsPanel } from './insights/InsightsPanel';
import { BacklogView } from './backlog/BacklogView';
import { useCitedInsights } from './insights/citedInsights';
import { Notice } from './notices/Notice';
import { Palette } from './palette/Palette';
import { SaveErrorBanner } from './notices/SaveErrorBanner';
import { SidePanelSwitch } from './panels/SidePanelSwitch';
import { CollapseButton, PanelStrip } from './panels/PanelStrip';
import { MapHead } from './persona/MapHead';
import { RoomPanel } from './room/RoomPanel';
import { useLibraryTitles } from './detail/detailMaps';
import { PresentRoomCard } from './present/PresentRoomCard';
import { PresentBar } from './present/PresentBar';
import { GuidePanel } from './guide/GuidePanel';
import { MetricsPanel } from './metrics/MetricsPanel';
import { PresentBlank } from './present/PresentBlank';
import { useFullscreen } from './present/useFullscreen';
import { usePresentKeys } from './present/usePresentKeys';
import { useClipboard } from './canvas/useClipboard';
import { useEditorKeys } from './canvas/useEditorKeys';

export function EditorScreen({ mapId }: { mapId: string }) {
  const { api, store } = useServices();
  const { t } = useTranslation();
  const loadedId = useWaymark((s) => s.doc?.id);
  const sidePanel = useWaymark((s) => s.sidePanel);
  const presenting = useWaymark((s) => s.present !== null);
  const panels = useWaymark((s) => s.panels);
  const readOnly = useWaymark((s) => s.readOnly);
  const roomPanel = useWaymark((s) => s.roomPanel);
  const backlog = useWaymark((s) => s.mapView === 'backlog');
  // The details panel with nothing to detail rests as a strip of its tabs; selecting brings it back.
  const nothingSelected = useWaymark((s) => s.selectedCardIds.length === 0 && s.selectedConnectorIds.length === 0);
  const [detailsAsked, setDetailsAsked] = useState(false);
  // A selection ends the request: the next time nothing is selected, the panel rests again.
  const [hadNothing, setHadNothing] = useState(nothingSelected);
  if (hadNothing !== nothingSelected) {
    setHadNothing(nothingSelected);
    if (!nothingSelected) setDetailsAsked(false);
  }
  const resting = sidePanel === 'inspector' && nothingSelected && !detailsAsked;
  const capturing = useWaymark((s) => s.present?.capture === true);
  const spotlight = useWaymark((s) => s.present?.spotlight === true);
  usePresentKeys();
  useFullscreen();
  const [error, setError] = useState<string | null>(null);
  useEditorKeys();
  useClipboard();
  useLibraryTitles();
  useLibraryPersonas();
  useCitedInsights();

  useEffect(() => {
    // Opened from the library's backlog: on the map's backlog, with the opportunity chosen.
    const showRoute = () => {
      const route = store.getState().route;
      if (route.screen === 'editor' && route.opportunity) store.getState().setMapView('backlog', route.opportunity);
    };
    if (store.getState().doc?.id === mapId) return showRoute();
    let live = true;
    // Marks let the benchmark split open time into loading and rendering.
    performance.mark('waymark:load-start');
    unwrap(api.maps.load({ id: mapId }))
      .then((loaded) => {
        performance.mark('waymark:map-loaded');
        if (!live) return;
        store.getState().openMap(loaded);
        showRoute();
      })
      .catch((err: unknown) => live && setError(errorText(t, err)));
    return () => {
      live = false;
    };
  }, [api, store, mapId, t]);

  if (error)
    return (
      <div className="editor-error">
        <p role="alert">{t('editor.couldNotOpen', { message: error })}</p>
        <button type="button" onClick={() => store.getState().navigate({ screen: 'library' })}>
          {t('editor.backToLibraryButton')}
        </button>
      </div>
    );
  return (
    <ReactFlowProvider>
      <div
        className={`editor ${readOnly ? 'is-read-only' : ''} ${presenting ? 'is-presenting' : ''} ${spotlight ? 'is-spotlight' : ''} ${capturing ? 'is-capturing' : ''}`}
      >
        {presenting ? <PresentBar /> : <EditorHeader />}
        <SaveErrorBanner />
        <Notice />
        {loadedId === mapId ? (
          <div className="editor-body">
            {/* Nothing to add to a map that cannot change: no palette. */}
            {!presenting && !readOnly && (panels.palette ? <Palette /> : <PanelStrip panel="palette" />)}
            <div className="map-column">
              {!presenting && <MapHead />}
              <Canvas />
              {/* Over the canvas, which stays mounted: coming back finds the view as it was. */}
              {backlog && !presenting && <BacklogView />}
              {presenting && <PresentRoomCard />}
            </div>
            {!presenting && !panels.side && <PanelStrip panel="side" />}
            {!presenting && panels.side && (
              <div className={`side-column ${resting ? 'is-resting' : ''}`}>
                <div className="side-column-head">
                  <CollapseButton panel="side" />
                  <SidePanelSwitch onPick={(p) => setDetailsAsked(p === 'inspector')} />
                </div>
                {resting ? null : sidePanel === 'room' && roomPanel && !readOnly ? (
                  // The room's panel beside the map: the stages where participants' cards arrive stay in view.
                  <RoomPanel onDone={() => store.getState().setRoomPanel(false)} />
                ) : sidePanel === 'persona' ? (
                  <PersonaPanel />
                ) : sidePanel === 'insights' ? (
                  <InsightsPanel />
                ) : sidePanel === 'history' ? (
                  <HistoryPanel />
                ) : sidePanel === 'guide' ? (
                  <GuidePanel />
                ) : sidePanel === 'metrics' ? (
                  <MetricsPanel />
                ) : (
                  <Inspector />
                )}
              </div>
            )}
          </div>
        ) : (
          <p className="loading">{t('editor.opening')}</p>
        )}
        <PresentBlank />
      </div>
    </ReactFlowProvider>
  );
}
