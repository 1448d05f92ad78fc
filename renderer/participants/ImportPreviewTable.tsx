import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportRow } from '../../shared/participant/schema';
import { HuvudmanLabel } from './HuvudmanLabel';
import { describeImportProblem } from './importProblems';

/** Spreadsheet order: A … Z, AA … */
function byColumn(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
}

/** Every row as the core read it, or what must be fixed in it before anything can be saved. */
export function ImportPreviewTable({ rows }: { readonly rows: readonly ImportRow[] }) {
  const { t } = useTranslation();
  return (
    // Focusable so a long preview can be scrolled with the keyboard.
    <div className="import-preview__table-wrap" role="region" aria-label={t('import.preview.caption')} tabIndex={0}>
      <table className="table import-preview__table">
        <caption className="visually-hidden">{t('import.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('import.preview.rowColumn')}
            </th>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.organisation')}</th>
            <th scope="col">{t('fields.huvudman')}</th>
            <th scope="col">{t('fields.role')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className={row.problems.length > 0 ? 'import-preview__row import-preview__row--bad' : 'import-preview__row'}>
              <th scope="row" className="numeric">
                {row.row}
              </th>
              {row.fields && row.problems.length === 0 ? (
                <>
                  <td>{row.fields.name}</td>
                  <td>{row.fields.organisation}</td>
                  <td>
                    <HuvudmanLabel value={row.fields.huvudman} />
                  </td>
                  <td>{row.fields.role}</td>
                </>
              ) : (
                // A row with problems is not read into fields; what to fix takes its place.
                <td colSpan={4}>
                  <ul className="import-preview__problems">
                    {byColumn(row.problems).map((problem) => (
                      <li key={`${problem.column}-${problem.code}`}>{describeImportProblem(t, row.row, problem)}</li>
                    ))}
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
