/** The register's bands: where låg ends and hög begins. Earlier assessments keep the bands they were made with. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Register, SCORE_MAX } from '../../shared/risk/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { useToasts } from '../common/toastContext';
import { useSubmission } from '../common/useSubmission';
import { bandsText } from './bandsText';

const FIELDS = ['lowMax', 'highMin'] as const;
const scores = Array.from({ length: SCORE_MAX }, (_, i) => String(i + 1));

export function BandsDialog({ register, onClose }: { readonly register: Register; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const [lowMax, setLowMax] = useState(String(register.bands.lowMax));
  const [highMin, setHighMin] = useState(String(register.bands.highMin));
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const bands = { lowMax: Number(lowMax), highMin: Number(highMin) };
  const valid = bands.highMin > bands.lowMax + 1;

  const save = (): void => {
    void submit(async () => {
      await api.invoke('riskRegister.update', { id: register.id, bands });
      show({ message: (t) => t('risk.bands.saved') });
      onClose();
    });
  };

  const options = scores.map((value) => ({ value, label: value }));
  return (
    <FormDialog title={t('risk.bands.title')} submitLabel={t('common.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose} hasRequiredFields={false}>
      <p>{t('risk.bands.explain')}</p>
      <div className="plan-form__row">
        <SelectField id={fieldId('lowMax')} label={t('fields.lowMax')} value={lowMax} onChange={setLowMax} error={errors.fields.lowMax} options={options} />
        <SelectField id={fieldId('highMin')} label={t('fields.highMin')} value={highMin} onChange={setHighMin} error={errors.fields.highMin} options={options} />
      </div>
      <p role="status">
        {valid ? bandsText(t, bands) : t('risk.bands.invalidPreview')}
      </p>
    </FormDialog>
  );
}
