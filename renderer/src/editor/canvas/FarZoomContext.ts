import { createContext } from 'react';

/**
 * True at overview zoom, where card text would be under ~5 px: cards render as coloured blocks
 * (level of detail), so a map of thousands of cards opens and pans like a bare canvas. Crossing
 * the threshold re-renders the cards once; zooming within a level re-renders nothing.
 */
export const FarZoomContext = createContext(false);

/** Below this zoom, card text is not drawn. */
export const FAR_ZOOM = 0.36;
