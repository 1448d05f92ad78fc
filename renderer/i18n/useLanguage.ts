import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/settings/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { errorMessage } from './describeError';
import { isLanguage } from './i18n';

/**
 * The language switches at once and is then saved on the Node side, so
 * every window and the next start use it; a failed save switches back.
 */
export function useLanguage(): { readonly language: Language; readonly setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'sv';

  const setLanguage = useCallback(
    async (next: Language) => {
      const previous = i18n.resolvedLanguage;
      if (next === previous) return;
      await i18n.changeLanguage(next);
      try {
        await api.invoke('settings.update', { language: next });
      } catch (failure) {
        await i18n.changeLanguage(previous);
        show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
      }
    },
    [api, i18n, show],
  );

  return { language, setLanguage };
}
