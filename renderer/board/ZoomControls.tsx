import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { fitAction, zoomInAction, zoomOutAction, zoomResetAction } from '../actions/board/viewActions';
import { ariaKeyShortcuts } from '../actions/shortcuts';
import { FocusModeToggle } from '../room/FocusModeToggle';
import { useBoardActions } from './boardActionsContext';
import type { Viewport } from './canvas/viewport';

/** Zoom out, the current zoom (click: 100 %), zoom in, fit, and focus mode. Only this re-renders on zoom. */
export function ZoomControls({ viewport }: { readonly viewport: Viewport }) {
  const { t, i18n } = useTranslation();
  const { run } = useBoardActions();
  const zoom = useSyncExternalStore(viewport.subscribe, viewport.getZoom);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(zoom);
  return (
    <div className="zoom-controls" role="group" aria-label={t('board.zoom.label')}>
      <button
        type="button"
        className="button button--small zoom-controls__step"
        aria-label={t(zoomOutAction.labelKey)}
        aria-keyshortcuts={ariaKeyShortcuts(zoomOutAction.shortcuts)}
        onClick={() => void run(zoomOutAction)}
      >
        {t('board.zoom.outSymbol')}
      </button>
      <button
        type="button"
        className="button button--small button--quiet zoom-controls__value"
        aria-label={t('board.zoom.reset', { percent })}
        aria-keyshortcuts={ariaKeyShortcuts(zoomResetAction.shortcuts)}
        onClick={() => void run(zoomResetAction)}
      >
        {percent}
      </button>
      <button
        type="button"
        className="button button--small zoom-controls__step"
        aria-label={t(zoomInAction.labelKey)}
        aria-keyshortcuts={ariaKeyShortcuts(zoomInAction.shortcuts)}
        onClick={() => void run(zoomInAction)}
      >
        {t('board.zoom.inSymbol')}
      </button>
      <button type="button" className="button button--small" aria-keyshortcuts={ariaKeyShortcuts(fitAction.shortcuts)} onClick={() => void run(fitAction)}>
        {t(fitAction.labelKey)}
      </button>
      <FocusModeToggle />
    </div>
  );
}
