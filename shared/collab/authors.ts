/** Who wrote each card added in a workshop room: card id → person id, beside the map in the room's Y.Doc. */
export const AUTHORS_KEY = 'cardAuthors';
