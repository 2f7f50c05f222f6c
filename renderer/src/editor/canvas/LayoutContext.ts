import { createContext, useContext } from 'react';
import type { MapLayout } from '../../../../shared/layout/computeLayout';
import type { LayoutHolder } from '../../commands/canvasControls';
import { Holder } from '../../services/Holder';

/** The layout holder (see commands/canvasControls), for the canvas's nodes. */

export const LayoutContext = createContext<LayoutHolder>(new Holder<MapLayout>());

export function useLayoutRef(): LayoutHolder {
  return useContext(LayoutContext);
}
