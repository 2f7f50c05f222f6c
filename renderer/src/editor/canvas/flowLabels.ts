import type { AriaLabelConfig } from '@xyflow/react';
import type { TFunction } from 'i18next';

/** React Flow's own labels and screen-reader descriptions, in the interface language. */
export function ariaLabels(t: TFunction): Partial<AriaLabelConfig> {
  const keys = [
    'node.a11yDescription.default',
    'node.a11yDescription.keyboardDisabled',
    'edge.a11yDescription.default',
    'handle.ariaLabel',
    'controls.ariaLabel',
    'controls.zoomIn.ariaLabel',
    'controls.zoomOut.ariaLabel',
    'controls.fitView.ariaLabel',
    'controls.interactive.ariaLabel',
    'minimap.ariaLabel',
  ] as const;
  return {
    ...Object.fromEntries(keys.map((k) => [k, t(`flow.${k}`)])),
    'node.a11yDescription.ariaLiveMessage': (p) => t('flow.node.a11yDescription.ariaLiveMessage', p),
  };
}
