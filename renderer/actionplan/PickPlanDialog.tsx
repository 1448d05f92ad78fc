import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanId } from '../../shared/actionplan/schema';
import { FormDialog } from '../common/FormDialog';
import { SelectField } from '../common/SelectField';
import { useSubmission } from '../common/useSubmission';

export interface PickPlanDialogProps {
  readonly areaTitle: string;
  readonly plans: readonly { readonly id: PlanId; readonly title: string }[];
  readonly onPick: (planId: PlanId) => Promise<void>;
  readonly onClose: () => void;
}

/** When a programme has several plans: which one the improvement area goes into. */
export function PickPlanDialog({ areaTitle, plans, onPick, onClose }: PickPlanDialogProps) {
  const { t } = useTranslation();
  const [planId, setPlanId] = useState<PlanId>(plans[0]!.id);
  const { pending, errors, fieldId, submit } = useSubmission(['planId']);
  return (
    <FormDialog
      title={t('plan.fromArea.pickTitle')}
      submitLabel={t('plan.fromArea.make')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={() => void submit(() => onPick(planId))}
      onClose={onClose}
    >
      <p>{areaTitle}</p>
      <SelectField id={fieldId('planId')} label={t('plan.fromArea.pickLabel')} value={planId} onChange={setPlanId} options={plans.map((plan) => ({ value: plan.id, label: plan.title }))} required />
    </FormDialog>
  );
}
