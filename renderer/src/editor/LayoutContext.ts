import { createContext, useContext } from 'react';
import type { MapLayout } from '../../../shared/layout/computeLayout';
import { Holder } from '../app/Holder';

/**
 * The current layout, read by pointer handlers at event time. A ref, not state, so nodes do
 * not re-render whenever any card moves.
 */
export type LayoutHolder = Holder<MapLayout>;

export const LayoutContext = createContext<LayoutHolder>(new Holder<MapLayout>());

export function useLayoutRef(): LayoutHolder {
  return useContext(LayoutContext);
}
