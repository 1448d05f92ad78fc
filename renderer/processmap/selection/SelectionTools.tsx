import { useTranslation } from 'react-i18next';
import { alignKinds } from '../../../shared/processmap/align';
import { useHeldCopy } from './clipboard';
import type { SelectionActions } from './useSelectionActions';

/** The "Markering" group over the canvas: how many elements are chosen, copy and paste, and the alignments (for two or more). */
export function SelectionTools({ count, actions }: { readonly count: number; readonly actions: SelectionActions }) {
  const { t } = useTranslation();
  const held = useHeldCopy();
  return (
    <div className="map-selection" role="toolbar" aria-label={t('processMap.selection.label')}>
      <span className="map-selection__count" role="status">
        {count === 0 ? t('processMap.selection.none') : t('processMap.selection.count', { count })}
      </span>
      <button type="button" className="button button--small" disabled={count === 0} onClick={() => actions.copy()} aria-keyshortcuts="Control+C">
        {t('processMap.selection.copy')}
      </button>
      <button type="button" className="button button--small" disabled={held === null} onClick={() => actions.paste()} aria-keyshortcuts="Control+V">
        {t('processMap.selection.paste')}
      </button>
      {alignKinds.map((kind) => (
        <button key={kind} type="button" className="button button--small" disabled={count < 2} onClick={() => actions.align(kind)}>
          {t(`processMap.selection.align.${kind}`)}
        </button>
      ))}
    </div>
  );
}
