/** The programme page's riskregister: a way to start one, or a link to it with what needs attention. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import type { Register } from '../../shared/risk/schema';
import { routeHref } from '../app/router';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';
import { registerCounts } from './riskRows';
import './risks.css';

export function RegisterSection({ programmeId }: { readonly programmeId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const headingId = useId();
  const register = useQuery('riskRegister.forProgramme', { programmeId: programmeId as ProgrammeId });
  const [creating, setCreating] = useState(false);

  const create = (): void => {
    if (creating) return;
    setCreating(true);
    api
      .invoke('riskRegister.create', { programmeId: programmeId as ProgrammeId })
      .then(() => show({ message: (t) => t('risk.register.created') }))
      .catch((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }))
      .finally(() => setCreating(false));
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {t('risk.title')}
        </h2>
        {register.data === null ? (
          <button type="button" className="button button--primary" aria-busy={creating || undefined} onClick={create}>
            {t('risk.register.create')}
          </button>
        ) : null}
      </div>
      <p className="prio-lead">{t('risk.register.lead')}</p>
      {register.error ? <QueryError error={register.error} onRetry={register.reload} /> : null}
      {register.data === undefined && !register.error ? <Loading /> : null}
      {register.data ? <RegisterSummary register={register.data} /> : null}
    </section>
  );
}

function RegisterSummary({ register }: { readonly register: Register }) {
  const { t } = useTranslation();
  const view = useQuery('riskRegister.get', { id: register.id });
  if (view.error) return <QueryError error={view.error} onRetry={view.reload} />;
  const counts = view.data ? registerCounts(view.data.risks) : null;
  return (
    <p className="risk-summary">
      <a href={routeHref({ view: 'register', id: register.id })}>{t('risk.register.open')}</a>
      {counts ? <span className="muted"> {t('risk.register.counts', { count: counts.risks, high: counts.high, unassessed: counts.unassessed })}</span> : null}
    </p>
  );
}
