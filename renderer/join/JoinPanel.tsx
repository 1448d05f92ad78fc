import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/api/contract';
import type { WorkshopId } from '../../shared/workshop/schema';
import type { QueryResult } from '../api/useQuery';
import { ErrorAlert } from '../common/ErrorAlert';
import { QueryError } from '../common/QueryError';
import { DeviceList } from './DeviceList';
import { JoinDiagnostics } from './JoinDiagnostics';
import { JoinInvite } from './JoinInvite';
import { JoinSettings } from './JoinSettings';
import { JoinStartForm } from './JoinStartForm';

export interface JoinPanelProps {
  readonly id: string;
  readonly workshopId: WorkshopId;
  readonly status: QueryResult<MethodOutput<'join.status'>>;
  readonly onClose: () => void;
}

/** Joining from own devices for this workshop: turning it on, and while on the invitation, the switches and who is in. */
export function JoinPanel({ id, workshopId, status, onClose }: JoinPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data } = status;
  return (
    <section id={id} className="join-panel" aria-labelledby={titleId}>
      <div className="join-panel__head">
        <h3 id={titleId} className="join-panel__title">
          {t('join.title')}
        </h3>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('join.close')}
        </button>
      </div>
      {status.error ? <QueryError error={status.error} onRetry={status.reload} /> : null}
      {data && !data.on ? (
        <>
          {data.ended ? <ErrorAlert>{t('join.addressGone', { address: data.ended.address })}</ErrorAlert> : null}
          <p className="join-panel__lead">{t('join.lead')}</p>
          <JoinStartForm workshopId={workshopId} />
        </>
      ) : null}
      {data?.on ? (
        <div className="join-panel__session">
          <div className="join-panel__invite">
            <JoinInvite joinUrl={data.joinUrl} url={data.url} code={data.code} size="panel" />
            <p className="join-panel__hint">{t('join.codeHint')}</p>
            <p className="join-panel__hint">{t('join.projectorHint')}</p>
            {data.locked ? <p className="join-panel__locked">{t('join.lockedHint')}</p> : null}
          </div>
          <div className="join-panel__side">
            <JoinSettings status={data} />
            <DeviceList workshopId={workshopId} devices={data.devices} />
            <JoinDiagnostics url={data.url} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
