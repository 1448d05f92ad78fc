import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrants, type Quadrant } from '../../shared/matrix/quadrant';
import type { MatrixLabels } from '../../shared/matrix/schema';
import type { WorkshopId } from '../../shared/workshop/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const LABEL_MAX = 60;
const AXES = ['shortTerm', 'longTerm', 'simple', 'complex'] as const;
type Field = (typeof AXES)[number] | Quadrant;
const FIELDS: readonly Field[] = [...AXES, ...quadrants];

/** Renames axes and fields for this workshop; "standard wording" clears the custom names. */
export function MatrixLabelsDialog({ workshopId, labels, custom, onClose }: { readonly workshopId: WorkshopId; readonly labels: MatrixLabels; readonly custom: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    shortTerm: labels.shortTerm,
    longTerm: labels.longTerm,
    simple: labels.simple,
    complex: labels.complex,
    ...labels.quadrants,
  }));
  const [missing, setMissing] = useState<readonly Field[]>([]);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const labelOf = (field: Field): string => ((quadrants as readonly string[]).includes(field) ? t(`quadrants.${field}`) : t(`matrix.labelsDialog.${field}`));

  const save = (): void => {
    const empty = FIELDS.filter((field) => values[field].trim() === '');
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(fieldId(empty[0] ?? 'shortTerm'))?.focus();
      return;
    }
    const next: MatrixLabels = {
      shortTerm: values.shortTerm,
      longTerm: values.longTerm,
      simple: values.simple,
      complex: values.complex,
      quadrants: Object.fromEntries(quadrants.map((q) => [q, values[q]])) as Record<Quadrant, string>,
    };
    void submit(async () => {
      await api.invoke('matrix.setLabels', { workshopId, labels: next });
      onClose();
    });
  };

  const reset = (): void => {
    void submit(async () => {
      await api.invoke('matrix.setLabels', { workshopId, labels: null });
      onClose();
    });
  };

  const field = (name: Field) => (
    <TextField
      key={name}
      id={fieldId(name)}
      label={labelOf(name)}
      value={values[name]}
      onChange={(value) => setValues((v) => ({ ...v, [name]: value }))}
      error={missing.includes(name) ? t('validation.fieldReason', { field: labelOf(name), reason: t('validation.empty') }) : errors.fields[name]}
      required
      maxLength={LABEL_MAX}
    />
  );

  return (
    <FormDialog title={t('matrix.labelsDialog.title')} submitLabel={t('common.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose}>
      <fieldset className="prio-fieldset">
        <legend>{t('matrix.labelsDialog.axes')}</legend>
        <div className="prio-fieldset__grid">{AXES.map(field)}</div>
      </fieldset>
      <fieldset className="prio-fieldset">
        <legend>{t('matrix.labelsDialog.quadrants')}</legend>
        <div className="prio-fieldset__grid">{quadrants.map(field)}</div>
      </fieldset>
      {custom ? (
        <p>
          <button type="button" className="button button--small" onClick={reset}>
            {t('matrix.labelsDialog.reset')}
          </button>
        </p>
      ) : null}
    </FormDialog>
  );
}
