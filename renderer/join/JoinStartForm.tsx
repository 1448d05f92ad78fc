import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { ErrorAlert } from '../common/ErrorAlert';
import { QueryError } from '../common/QueryError';
import { useSubmission } from '../common/useSubmission';

const NO_FIELDS: readonly string[] = [];

/**
 * Turning joining on: which of the laptop's networks the phones are on, and
 * whether they may join without a name. The list is read when the panel
 * opens and again on request, after the laptop has joined another network.
 */
export function JoinStartForm({ workshopId }: { readonly workshopId: WorkshopId }) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { network: useId(), none: useId() };
  const interfaces = useQuery('join.interfaces', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [allowAnonymous, setAllowAnonymous] = useState(false);
  const { pending, errors, submit } = useSubmission(NO_FIELDS);
  const list = interfaces.data ?? [];
  const address = list.find((item) => item.address === chosen)?.address ?? list[0]?.address;

  const start = (event: FormEvent): void => {
    event.preventDefault();
    if (!address || pending) return;
    void submit(async () => {
      await api.invoke('join.start', { workshopId, address, allowAnonymous });
    });
  };

  if (interfaces.error) return <QueryError error={interfaces.error} onRetry={interfaces.reload} />;
  if (!interfaces.data) return null;
  return (
    <form className="join-start" onSubmit={start} noValidate>
      <fieldset className="join-start__networks" aria-describedby={list.length === 0 ? ids.none : undefined}>
        <legend id={ids.network}>{t('join.start.network')}</legend>
        {list.length === 0 ? (
          <p id={ids.none} className="join-start__none">
            {t('join.start.noNetwork')}
          </p>
        ) : (
          list.map((item) => (
            <label key={`${item.name} ${item.address}`} className="join-start__network">
              <input type="radio" name={ids.network} value={item.address} checked={item.address === address} onChange={() => setChosen(item.address)} />
              <span>{t('join.start.networkOption', { name: item.name, address: item.address })}</span>
            </label>
          ))
        )}
        <button type="button" className="button button--small" onClick={interfaces.reload}>
          {t('join.start.refresh')}
        </button>
      </fieldset>
      <label className="join-start__anonymous">
        <input type="checkbox" checked={allowAnonymous} onChange={(event) => setAllowAnonymous(event.target.checked)} /> {t('join.allowAnonymous')}
      </label>
      {errors.general.length > 0 ? <ErrorAlert>{errors.general.join(' ')}</ErrorAlert> : null}
      <button type="submit" className="button button--primary" disabled={!address} aria-disabled={pending || undefined}>
        {t('join.start.submit')}
      </button>
    </form>
  );
}
