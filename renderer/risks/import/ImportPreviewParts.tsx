/** The parts of a register import preview: what is new, what changes field by field, what needs a choice, and what the file could not use. */
import { useTranslation } from 'react-i18next';
import type { ImportField, RiskImportPreview } from '../../../shared/risk/import';
import type { Translate } from '../../i18n/translate';
import { type ImportChoices, type Inconsistency, conflictKey } from './importChoices';

const inconsistencyChoices: readonly Inconsistency[] = ['ratings', 'skip'];
const ENUM_FIELDS: ReadonlySet<ImportField> = new Set(['carrier', 'treatment', 'status']);

/** A value as the preview sends it (stored enum names, digits, dates), in words. */
function shown(t: Translate, field: ImportField, value: string): string {
  if (value === '') return t('riskImport.empty');
  return ENUM_FIELDS.has(field) ? t(`risk.${field}.${value}`, { defaultValue: value }) : value;
}

const fieldName = (t: Translate, field: ImportField): string => t(`risk.fields.${field}`);

export function NewRisks({ preview, choices, choose }: { readonly preview: RiskImportPreview; readonly choices: ImportChoices; readonly choose: (row: number, take: Inconsistency) => void }) {
  const { t } = useTranslation();
  if (preview.newRisks.length === 0) return null;
  return (
    <section aria-labelledby="risk-import-new">
      <h3 id="risk-import-new" className="risk-details__title">
        {t('riskImport.newHeading', { count: preview.newRisks.length })}
      </h3>
      <ul className="risk-import__list">
        {preview.newRisks.map((risk) => (
          <li key={risk.row}>
            {t('riskImport.row', { row: risk.row })}: {risk.fileNumber ? `${risk.fileNumber} ` : ''}
            {risk.title}
            {risk.computedScore !== null ? ` (${t('riskImport.score', { score: risk.computedScore })})` : ''}
            {risk.inconsistent ? (
              <fieldset className="risk-import__choice">
                <legend>{t('riskImport.inconsistent', { row: risk.row, printed: risk.printedScore, computed: risk.computedScore })}</legend>
                {inconsistencyChoices.map((take) => (
                  <label key={take}>
                    <input type="radio" name={`risk-import-row-${risk.row}`} checked={choices.inconsistencies.get(risk.row) === take} onChange={() => choose(risk.row, take)} /> {t(`riskImport.take.${take}`, { score: risk.computedScore })}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ChangedRisks({ preview, choices, toggle }: { readonly preview: RiskImportPreview; readonly choices: ImportChoices; readonly toggle: (key: string, take: boolean) => void }) {
  const { t } = useTranslation();
  if (preview.changed.length === 0) return null;
  return (
    <section aria-labelledby="risk-import-changed">
      <h3 id="risk-import-changed" className="risk-details__title">
        {t('riskImport.changedHeading', { count: preview.changed.length })}
      </h3>
      {preview.changed.map((risk) => (
        <div key={risk.riskId} className="table-wrap risk-import__changed">
          <table className="table">
            <caption>
              {risk.code} {risk.title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('riskImport.field')}</th>
                <th scope="col">{t('riskImport.inApp')}</th>
                <th scope="col">{t('riskImport.inFile')}</th>
                <th scope="col">{t('riskImport.conflict')}</th>
              </tr>
            </thead>
            <tbody>
              {risk.changes.map((change) => {
                const key = conflictKey(risk.riskId, change.field);
                return (
                  <tr key={change.field}>
                    <th scope="row">{fieldName(t, change.field)}</th>
                    <td>{shown(t, change.field, change.app)}</td>
                    <td>{shown(t, change.field, change.file)}</td>
                    <td>
                      {change.conflict ? (
                        <label>
                          <input type="checkbox" checked={choices.fromFile.has(key)} onChange={(e) => toggle(key, e.target.checked)} /> {t('riskImport.takeFile', { field: fieldName(t, change.field), code: risk.code })}
                        </label>
                      ) : (
                        t('riskImport.noConflict')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

export function ImportProblems({ preview }: { readonly preview: RiskImportPreview }) {
  const { t } = useTranslation();
  if (preview.problems.length === 0) return null;
  return (
    <section aria-labelledby="risk-import-problems">
      <h3 id="risk-import-problems" className="risk-details__title">
        {t('riskImport.problemsHeading', { count: preview.problems.length })}
      </h3>
      <ul className="risk-import__list">
        {preview.problems.map((problem) => (
          <li key={`${problem.sheet}:${problem.row}:${problem.column ?? ''}:${problem.code}`}>
            {problem.column ? t('riskImport.where', { sheet: problem.sheet, row: problem.row, column: problem.column }) : t('riskImport.whereRow', { sheet: problem.sheet, row: problem.row })}
            {': '}
            {t(`riskImport.problems.${problem.code}`, { field: problem.field ? fieldName(t, problem.field) : '', value: problem.value })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NotInFile({ preview }: { readonly preview: RiskImportPreview }) {
  const { t } = useTranslation();
  if (preview.notInFile.length === 0) return null;
  return (
    <p>
      {t('riskImport.notInFile', { count: preview.notInFile.length })} {preview.notInFile.map((risk) => risk.code).join(', ')}
    </p>
  );
}
