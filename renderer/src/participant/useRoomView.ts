import { useEffect, useState } from 'react';
import { AUTHORS_KEY } from '../../../shared/collab/authors';
import { readMap } from '../../../shared/collab/mapBinding';
import { hiddenCards, readSession, type RoomSession } from '../../../shared/collab/roomSession';
import type { JourneyMap } from '../../../shared/model/types';
import type { RoomClient } from './roomClient';

export interface RoomView {
  map: JourneyMap | null;
  /** Who added each card, dot and comment in the room. */
  authors: ReadonlyMap<string, string>;
  session: RoomSession;
  hidden: ReadonlySet<string>;
}

function read(client: RoomClient, before: RoomView | null): RoomView {
  const doc = client.doc;
  const map = readMap(doc, before?.map ?? undefined);
  return {
    map: map.stages?.length ? map : null,
    authors: new Map(doc.getMap<string>(AUTHORS_KEY).entries()),
    session: readSession(doc),
    hidden: hiddenCards(doc),
  };
}

/** The room as it is now, re-read whenever the room's document changes (or is replaced). */
export function useRoomView(client: RoomClient): RoomView {
  const [view, setView] = useState<RoomView>(() => read(client, null));
  useEffect(() => {
    let doc = client.doc;
    const update = () => setView((before) => read(client, before));
    doc.on('update', update);
    const stop = client.subscribe(() => {
      if (doc === client.doc) return;
      doc.off('update', update);
      doc = client.doc;
      doc.on('update', update);
      update();
    });
    update();
    return () => {
      stop();
      doc.off('update', update);
    };
  }, [client]);
  return view;
}
