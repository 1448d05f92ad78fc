/**
 * A new assessment of one risk. Each rating needs its motivation; the
 * dispatcher refuses anything missing and names the field, and nothing is
 * saved. The name of who assesses is remembered on this machine.
 */
import { useState } from 'react';
import type { MethodInput } from '../../shared/api/contract';
import { useTranslation } from 'react-i18next';
import { type AssessmentKind, assessmentKinds, type Bands, type RiskRow } from '../../shared/risk/schema';
import { useRememberedName } from '../actionplan/useRememberedName';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { useToasts } from '../common/toastContext';
import { useSubmission } from '../common/useSubmission';
import { assessmentInput, useAssessmentDraft } from './assessmentDraft';
import { AssessmentFields } from './AssessmentFields';
import { useProgrammePlans } from './useProgrammePlans';

export const ASSESSMENT_FIELDS = ['likelihood', 'likelihoodMotivation', 'consequence', 'consequenceMotivation', 'by', 'meetingId'] as const;
const FIELDS = ['kind', ...ASSESSMENT_FIELDS] as const;

export interface AssessDialogProps {
  readonly risk: RiskRow;
  readonly bands: Bands;
  readonly programmeId: string;
  readonly onClose: () => void;
}

export function AssessDialog({ risk, bands, programmeId, onClose }: AssessDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const plans = useProgrammePlans(programmeId);
  const [by, setBy] = useRememberedName();
  const [draft, set] = useAssessmentDraft();
  const [kind, setKind] = useState<AssessmentKind>('inherent');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      // Ratings left out on purpose (see assessmentInput): the contract then names them.
      const input = { riskId: risk.id, kind, ...assessmentInput(draft, by) } as MethodInput<'risk.assess'>;
      const made = await api.invoke('risk.assess', input);
      show({ message: (t) => t('risk.assess.saved', { code: risk.code, score: made.score, band: t(`risk.band.${made.band}`) }) });
      onClose();
    });
  };

  return (
    <FormDialog title={t('risk.assess.title', { code: risk.code, title: risk.title })} submitLabel={t('risk.assess.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose}>
      <SelectField id={fieldId('kind')} label={t('risk.assess.kind')} value={kind} onChange={setKind} options={assessmentKinds.map((value) => ({ value, label: t(`risk.kind.${value}`) }))} />
      <AssessmentFields draft={draft} set={set} by={by} setBy={setBy} bands={bands} plans={plans} errors={errors} fieldId={fieldId} />
    </FormDialog>
  );
}
