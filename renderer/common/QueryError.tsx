import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../api/ApiFailure';
import { errorMessage } from '../i18n/describeError';
import { ErrorAlert } from './ErrorAlert';

export function QueryError({ error, onRetry }: { readonly error: ApiFailure; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert>
      <p>{errorMessage(t, error)}</p>
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </ErrorAlert>
  );
}
