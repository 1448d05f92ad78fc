/** React Flow's own screen-reader texts, from our locale files so they follow the app's language. */
import type { AriaLabelConfig } from '@xyflow/react';
import type { Translate } from '../i18n/translate';

const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
const isDirection = (value: string): value is (typeof DIRECTIONS)[number] => (DIRECTIONS as readonly string[]).includes(value);

export function flowAriaLabels(t: Translate): AriaLabelConfig {
  return {
    // React Flow reads `default` when keyboard use is off and `keyboardDisabled` when it is on.
    'node.a11yDescription.default': t('processMap.flow.nodeDescriptionNoKeyboard'),
    'node.a11yDescription.keyboardDisabled': t('processMap.flow.nodeDescription'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('processMap.flow.moved', { direction: isDirection(direction) ? t(`processMap.flow.directions.${direction}`) : direction, x, y }),
    'edge.a11yDescription.default': t('processMap.flow.edgeDescription'),
    'controls.ariaLabel': t('processMap.flow.controls'),
    'controls.zoomIn.ariaLabel': t('processMap.flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('processMap.flow.zoomOut'),
    'controls.fitView.ariaLabel': t('processMap.flow.fitView'),
    'controls.interactive.ariaLabel': t('processMap.flow.interactive'),
    'minimap.ariaLabel': t('processMap.flow.minimap'),
    'handle.ariaLabel': t('processMap.flow.handle'),
  };
}
