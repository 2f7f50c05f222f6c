import { AUTHORS_KEY } from '../../../shared/collab/authors';
import { readMap, writeMap } from '../../../shared/collab/mapBinding';
import { HIDDEN_KEY } from '../../../shared/collab/roomSession';
import { newId } from '../../../shared/model/ids';
import {
  addCard,
  addComment,
  addVote,
  deleteCards,
  deleteComment,
  removeVote,
  updateCard,
} from '../../../shared/model/operations';
import type { JourneyMap } from '../../../shared/model/types';
import type { RoomClient } from './roomClient';
import type { RoomView } from './useRoomView';

export interface RoomActions {
  /** A new card in a cell, in one of its stage's steps (null: the whole stage). */
  add: (laneId: string, stageId: string, text: string, stepId?: string | null) => void;
  change: (id: string, text: string) => void;
  remove: (id: string) => void;
  /** This person may change the card: they wrote it, or they are a co-facilitator. */
  canEdit: (id: string) => boolean;
  mine: (id: string) => boolean;
  vote: (cardId: string) => void;
  unvote: (cardId: string) => void;
  comment: (cardId: string, text: string) => void;
  removeComment: (id: string) => void;
}

/**
 * What a participant does to the room's map: the same pure model operations as the editor,
 * reconciled into the room's Y.Doc in one transaction, with the person named as the author of
 * what they add (the server checks every claim).
 */
export function roomActions(client: RoomClient, view: RoomView, name: string): RoomActions {
  const me = client.me();
  const edit = (op: (d: JourneyMap) => JourneyMap, claim?: string, hide = false) => {
    const doc = client.doc;
    doc.transact(() => {
      const now = readMap(doc);
      writeMap(doc, op(now), null, now);
      if (claim && me) doc.getMap<string>(AUTHORS_KEY).set(claim, me.id);
      if (claim && hide) doc.getMap<boolean>(HIDDEN_KEY).set(claim, true);
    });
  };
  const mine = (id: string) => me !== null && view.authors.get(id) === me.id;
  const myDot = (cardId: string) => view.map?.votes.find((v) => v.cardId === cardId && v.voter === me?.id);
  return {
    add: (laneId, stageId, text, stepId = null) => {
      const id = newId();
      edit((d) => addCard(d, { laneId, stageId, stepId, id, text }), id, view.session.silent);
    },
    change: (id, text) => edit((d) => updateCard(d, id, { text })),
    remove: (id) => edit((d) => deleteCards(d, [id])),
    mine,
    canEdit: (id) => mine(id) || me?.role === 'cofacilitator',
    vote: (cardId) => {
      if (!me) return;
      const id = newId();
      edit((d) => addVote(d, { id, cardId, voter: me.id }), id);
    },
    unvote: (cardId) => {
      const dot = myDot(cardId);
      if (dot) edit((d) => removeVote(d, dot.id));
    },
    comment: (cardId, text) => {
      const id = newId();
      edit((d) => addComment(d, { id, cardId, author: name, text, createdAt: new Date().toISOString() }), id);
    },
    removeComment: (id) => edit((d) => deleteComment(d, id)),
  };
}
