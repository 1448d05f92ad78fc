import { useTranslation } from 'react-i18next';
import type { Backup } from '../../shared/data/schema';
import { formatBytes, formatDateTime } from '../common/format';

export function BackupRow({ backup, onRestore }: { readonly backup: Backup; readonly onRestore: (backup: Backup) => void }) {
  const { t, i18n } = useTranslation();
  const created = formatDateTime(backup.createdAt, i18n.language);
  return (
    <tr>
      <th scope="row">
        <time dateTime={backup.createdAt}>{created}</time>
        <span className="backup__file">{backup.name}</span>
      </th>
      <td>{t(`backupKinds.${backup.kind}`)}</td>
      <td className="numeric">{formatBytes(backup.sizeBytes, i18n.language)}</td>
      <td>
        {backup.status === 'ok' ? (
          <button
            type="button"
            className="button button--small"
            aria-label={t('data.restoreNamed', { date: created })}
            onClick={() => onRestore(backup)}
          >
            {t('data.restore')}
          </button>
        ) : (
          <span className="backup__refusal">{t(`data.status.${backup.status}`)}</span>
        )}
      </td>
    </tr>
  );
}
