import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '../../shared/processmap/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';

/** The önskat läge of a nuläge starts as its copy, each step linked to its original for the comparison. */
export function MakeDesiredButton({ map }: { readonly map: ProcessMap }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const [pending, setPending] = useState(false);

  const make = (): void => {
    if (pending) return;
    setPending(true);
    api
      .invoke('processMap.createCounterpart', { counterpartOf: map.id, copy: true })
      .then(() => show({ message: (t) => t('processMap.section.desiredMade', { name: map.name }) }))
      .catch((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }))
      .finally(() => setPending(false));
  };

  return (
    <button type="button" className="button button--small" aria-busy={pending || undefined} aria-label={t('processMap.section.makeDesiredNamed', { name: map.name })} onClick={make}>
      {t('processMap.section.makeDesired')}
    </button>
  );
}
