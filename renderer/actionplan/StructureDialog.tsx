import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_LIMITS, type PlanArea, type PlanAreaId, type PlanGoal, type PlanId } from '../../shared/actionplan/schema';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useSubmission } from '../common/useSubmission';

const FIELDS = ['title', 'description'] as const;

export type StructureTarget =
  | { readonly kind: 'area'; readonly planId: string; readonly area?: PlanArea }
  | { readonly kind: 'goal'; readonly areaId: string; readonly goal?: PlanGoal };

/** Adds or renames an område (with its description) or a delmål. */
export function StructureDialog({ target, onClose }: { readonly target: StructureTarget; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const existing = target.kind === 'area' ? target.area : target.goal;
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(target.kind === 'area' ? (target.area?.description ?? '') : '');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      if (target.kind === 'area') {
        if (target.area) await api.invoke('planArea.update', { id: target.area.id, title, description });
        else await api.invoke('planArea.create', { planId: target.planId as PlanId, title, description });
      } else if (target.goal) {
        await api.invoke('planGoal.update', { id: target.goal.id, title });
      } else {
        await api.invoke('planGoal.create', { areaId: target.areaId as PlanAreaId, title });
      }
      onClose();
    });
  };

  const heading =
    target.kind === 'area' ? (target.area ? t('plan.area.editTitle') : t('plan.area.new')) : target.goal ? t('plan.goal.editTitle') : t('plan.goal.new');
  return (
    <FormDialog title={heading} submitLabel={t('common.save')} pending={pending} generalErrors={errors.general} onSubmit={save} onClose={onClose}>
      <TextField
        id={fieldId('title')}
        label={target.kind === 'area' ? t('plan.area.title') : t('plan.goal.title')}
        value={title}
        onChange={setTitle}
        error={errors.fields.title}
        required
        maxLength={PLAN_LIMITS.title}
      />
      {target.kind === 'area' ? (
        <TextAreaField id={fieldId('description')} label={t('plan.area.description')} value={description} onChange={setDescription} error={errors.fields.description} maxLength={PLAN_LIMITS.description} />
      ) : null}
    </FormDialog>
  );
}
