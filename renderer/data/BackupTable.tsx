import { useTranslation } from 'react-i18next';
import type { Backup } from '../../shared/data/schema';
import { BackupRow } from './BackupRow';

function newestFirst(a: Backup, b: Backup): number {
  return b.createdAt.localeCompare(a.createdAt);
}

export function BackupTable({ backups, onRestore }: { readonly backups: readonly Backup[]; readonly onRestore: (backup: Backup) => void }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('data.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.columns.created')}</th>
            <th scope="col">{t('data.columns.kind')}</th>
            <th scope="col" className="numeric">
              {t('data.columns.size')}
            </th>
            <th scope="col">{t('data.columns.action')}</th>
          </tr>
        </thead>
        <tbody>
          {[...backups].sort(newestFirst).map((backup) => (
            <BackupRow key={backup.name} backup={backup} onRestore={onRestore} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
