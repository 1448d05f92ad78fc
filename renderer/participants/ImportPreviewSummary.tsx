import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../shared/participant/schema';
import type { ImportOrigin } from './importOrigin';

/** One short paragraph: where the rows came from, how many, and whether any need fixing; then each header column that is not read. */
export function ImportPreviewSummary({ origin, preview }: { readonly origin: ImportOrigin; readonly preview: ImportPreview }) {
  const { t } = useTranslation();
  const bad = preview.rows.filter((row) => row.problems.length > 0).length;
  const parts = [
    origin.kind === 'file' ? t('import.preview.fromFile', { name: origin.name }) : t('import.preview.fromText'),
    preview.rows.length === 0 ? t('import.preview.noRows') : t('import.preview.rows', { count: preview.rows.length }),
    preview.hasHeader ? t('import.preview.headerSkipped') : '',
    preview.rows.length === 0 ? '' : bad > 0 ? t('import.preview.problemRows', { count: bad }) : t('import.preview.allGood'),
  ];
  return (
    <>
      <h3 className="import-dialog__preview-title">{t('import.preview.heading')}</h3>
      <p className={bad > 0 ? 'import-dialog__summary import-dialog__summary--bad' : 'import-dialog__summary'}>
        {parts.filter(Boolean).join(' ')}
      </p>
      {preview.ignoredColumns.length > 0 ? (
        <ul className="import-dialog__ignored">
          {preview.ignoredColumns.map((ignored) => (
            <li key={ignored.column}>{t(`participants.import.ignored.${ignored.reason}`, { column: ignored.column, header: ignored.header })}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
