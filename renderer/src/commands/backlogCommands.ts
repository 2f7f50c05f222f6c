import { newId } from '../../../shared/model/ids';
import { addOpportunity, titleFromCards } from '../../../shared/model/operations';
import { NEW_OPPORTUNITY } from '../../../shared/templates/labels';
import type { CommandHandler } from './registry';

/** The backlog's commands: show it, and make an opportunity of the selected cards. */
export function backlogCommands(): Record<'view.backlog' | 'card.opportunity', CommandHandler> {
  return {
    'view.backlog': {
      enabled: ({ state }) => state().doc !== null && state().present === null,
      run: ({ state }) => state().setMapView(state().mapView === 'backlog' ? 'canvas' : 'backlog'),
    },
    // An opportunity addressing the selected cards, titled by the first of them, shown in the backlog.
    'card.opportunity': {
      enabled: ({ state }) => state().selectedCardIds.length > 0 && state().editingCardId === null,
      run: ({ state }) => {
        const id = newId();
        const cardIds = state().selectedCardIds;
        const made = state().change((d) =>
          addOpportunity(d, {
            id,
            title: titleFromCards(d, cardIds, NEW_OPPORTUNITY[d.language]),
            cardIds,
            createdAt: new Date().toISOString(),
          }),
        );
        if (made) state().setMapView('backlog', id);
      },
    },
  };
}
