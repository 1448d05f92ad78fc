import { useTranslation } from 'react-i18next';
import type { ProcessMapId } from '../../../shared/processmap/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useToasts } from '../../common/toastContext';
import { useUndoableNotice } from '../../history/useUndoableNotice';
import { errorMessage } from '../../i18n/describeError';
import { useArrange } from './useArrange';

/** "Ordna" in the editor's toolbar; a second press while one runs does nothing. */
export function ArrangeButton({ mapId }: { readonly mapId: ProcessMapId }) {
  const { t } = useTranslation();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  const { arrange, busy } = useArrange(mapId);
  const press = () => {
    if (busy) return;
    arrange().then(
      () => notice((t) => t('processMap.arrange.done'), 'mapElement.move'),
      (failure: unknown) => show({ tone: 'error', message: (t) => t('processMap.arrange.failed', { reason: errorMessage(t, toApiFailure(failure)) }) }),
    );
  };
  return (
    <button type="button" className="button button--small" aria-busy={busy || undefined} title={t('processMap.arrange.hint')} onClick={press}>
      {busy ? t('processMap.arrange.busy') : t('processMap.arrange.button')}
    </button>
  );
}
