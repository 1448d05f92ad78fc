import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import type { EndTone } from './useEndTone';
import type { Fullscreen } from './useFullscreen';

/**
 * The projector's only controls, small in the top corner: full screen, the
 * end-of-timer tone, and a help note with the way out.
 */
export function ProjectorControls({ fullscreen, tone, workshopId }: { readonly fullscreen: Fullscreen; readonly tone: EndTone; readonly workshopId: string }) {
  const { t } = useTranslation();
  const [help, setHelp] = useState(false);
  const helpId = useId();

  const close = () => {
    window.close();
    // A tab the script may not close (opened by hand, not from the workshop page) goes back to the workshop instead.
    if (!window.closed) navigate({ view: 'workshop', id: workshopId });
  };

  return (
    <div className="projector-controls">
      <button type="button" className="projector-control" onClick={fullscreen.toggle}>
        {fullscreen.active ? t('projector.controls.leaveFullscreen') : t('projector.controls.fullscreen')}
      </button>
      <button type="button" className="projector-control" aria-pressed={tone.on} onClick={tone.toggle}>
        {t('projector.controls.tone')}
      </button>
      <button type="button" className="projector-control" aria-expanded={help} aria-controls={helpId} onClick={() => setHelp((open) => !open)}>
        {t('projector.controls.help')}
      </button>
      <div id={helpId} className="projector-help" hidden={!help}>
        <p>{t('projector.help.follows')}</p>
        <ul className="projector-help__keys">
          <li>
            <kbd>{t('projector.help.fullscreenKey')}</kbd> {t('projector.help.fullscreen')}
          </li>
          <li>
            <kbd>{t('projector.help.escapeKey')}</kbd> {t('projector.help.escape')}
          </li>
        </ul>
        <button type="button" className="projector-control" onClick={close}>
          {t('projector.controls.close')}
        </button>
      </div>
    </div>
  );
}
