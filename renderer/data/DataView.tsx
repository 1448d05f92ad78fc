import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../shared/data/schema';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { downloadBlob } from '../board/export/download';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import { useToasts } from '../common/toastContext';
import { ViewHeading } from '../common/ViewHeading';
import { errorMessage } from '../i18n/describeError';
import type { Translated } from '../i18n/translate';
import { BackupTable } from './BackupTable';
import { DataFacts } from './DataFacts';
import { RestoreDialog } from './RestoreDialog';
import { RestoreFileDialog } from './RestoreFileDialog';
import { readBackupBlob } from './transfer';

export function DataView() {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const info = useQuery('data.info', {});
  const backupsHeading = useId();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  const [picked, setPicked] = useState<File | null>(null);
  const filePicker = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('data.title'));

  /** One backup step at a time from this page; the core answers `busy` to any other overlap. */
  const runBackup = async (afterwards: (name: string) => Promise<Translated>): Promise<void> => {
    if (backingUp) return;
    setBackingUp(true);
    try {
      const backup = await api.invoke('data.backup', {});
      show({ message: await afterwards(backup.name) });
    } catch (failure) {
      show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    } finally {
      // data.backup may not emit a change event; the list must show the new file anyway.
      info.reload();
      setBackingUp(false);
    }
  };

  const backupNow = () => runBackup(() => Promise.resolve((t) => t('data.backupDone')));

  /** A copy to keep elsewhere is a fresh manual backup (so it passed the check), then downloaded. */
  const saveCopy = () =>
    runBackup(async (name) => {
      downloadBlob(await readBackupBlob(api, name), name);
      return (t) => t('data.saveCopyDone', { file: name });
    });

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
          <div className="section__actions">
            <button type="button" className="button button--primary" onClick={() => void backupNow()} aria-disabled={backingUp || undefined}>
              {t('data.backupNow')}
            </button>
            <button type="button" className="button" onClick={() => void saveCopy()} aria-disabled={backingUp || undefined}>
              {t('data.saveCopy')}
            </button>
            <button type="button" className="button" onClick={() => filePicker.current?.click()}>
              {t('data.restoreFromFile')}
            </button>
            <input
              ref={filePicker}
              type="file"
              hidden
              aria-label={t('data.restoreFromFile')}
              onChange={(event) => {
                setPicked(event.target.files?.[0] ?? null);
                event.target.value = '';
              }}
            />
          </div>
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
      {picked ? <RestoreFileDialog file={picked} onClose={() => setPicked(null)} onRestored={info.reload} /> : null}
    </section>
  );
}
