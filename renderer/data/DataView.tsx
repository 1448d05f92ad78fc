import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../shared/data/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { ViewHeading } from '../common/ViewHeading';
import { errorMessage } from '../i18n/describeError';
import { BackupTable } from './BackupTable';
import { DataFacts } from './DataFacts';
import { RestoreDialog } from './RestoreDialog';

export function DataView() {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const info = useQuery('data.info', {});
  const backupsHeading = useId();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  useDocumentTitle(t('data.title'));

  const backupNow = async (): Promise<void> => {
    if (backingUp) return;
    setBackingUp(true);
    try {
      await api.invoke('data.backup', {});
      show({ message: t('data.backupDone') });
      // data.backup may not emit a change event; the list must show the new file anyway.
      info.reload();
    } catch (failure) {
      show({ tone: 'error', message: errorMessage(t, toApiFailure(failure)) });
    } finally {
      setBackingUp(false);
    }
  };

  return (
    <section className="view">
      <ViewHeading>{t('data.heading')}</ViewHeading>
      <p className="view__lead">{t('data.lead')}</p>
      {info.error ? <QueryError error={info.error} onRetry={info.reload} /> : null}
      {!info.data && !info.error ? <Loading /> : null}
      {info.data ? <DataFacts info={info.data} /> : null}

      <section className="section" aria-labelledby={backupsHeading}>
        <div className="section__header">
          <h2 id={backupsHeading} className="section__title">
            {t('data.backups')}
          </h2>
          <button type="button" className="button button--primary" onClick={() => void backupNow()} aria-disabled={backingUp || undefined}>
            {t('data.backupNow')}
          </button>
        </div>
        <p>{t('data.backupsLead')}</p>
        {info.data?.backups.length === 0 ? (
          <EmptyState>
            <p>{t('data.noBackups')}</p>
          </EmptyState>
        ) : null}
        {info.data && info.data.backups.length > 0 ? <BackupTable backups={info.data.backups} onRestore={setRestoring} /> : null}
      </section>

      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} onRestored={info.reload} /> : null}
    </section>
  );
}
