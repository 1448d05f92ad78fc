import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, type ActivityStatus, activityStatuses, type Health, healthValues, PLAN_LIMITS } from '../../../shared/actionplan/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { SelectField } from '../../common/SelectField';
import { TextAreaField } from '../../common/TextAreaField';
import { TextField } from '../../common/TextField';
import { useSubmission } from '../../common/useSubmission';
import { progressInput } from './meetingModel';

const FIELDS = ['status', 'health', 'healthReason', 'comment', 'by'] as const;

export interface ProgressDialogProps {
  readonly activity: Activity;
  readonly meetingId: string;
  /** Who takes the minutes, offered again from the last change. */
  readonly by: string;
  readonly onClose: () => void;
  readonly onSaved: (by: string) => void;
}

/** Records a status or health change, with a comment, into the activity's history at this meeting. */
export function ProgressDialog({ activity, meetingId, by: initialBy, onClose, onSaved }: ProgressDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState<ActivityStatus>(activity.status);
  const [health, setHealth] = useState<Health>(activity.health);
  const [healthReason, setHealthReason] = useState(activity.healthReason);
  const [comment, setComment] = useState('');
  const [by, setBy] = useState(initialBy);
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      await api.invoke('planActivity.setProgress', progressInput(activity, { status, health, healthReason, comment, by }, meetingId));
      onSaved(by);
    });
  };

  return (
    <FormDialog
      title={t('meetings.progress.title', { what: activity.what })}
      submitLabel={t('meetings.progress.save')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      <SelectField
        id={fieldId('status')}
        label={t('fields.status')}
        value={status}
        onChange={setStatus}
        error={errors.fields.status}
        options={activityStatuses.map((value) => ({ value, label: t(`plan.activityStatus.${value}`) }))}
      />
      <SelectField
        id={fieldId('health')}
        label={t('fields.health')}
        value={health}
        onChange={setHealth}
        error={errors.fields.health}
        options={healthValues.map((value) => ({ value, label: t(`plan.health.${value}`) }))}
      />
      {health === 'gron' ? null : (
        <TextField
          id={fieldId('healthReason')}
          label={t('fields.healthReason')}
          value={healthReason}
          onChange={setHealthReason}
          error={errors.fields.healthReason}
          required
          maxLength={PLAN_LIMITS.reason}
        />
      )}
      <TextAreaField id={fieldId('comment')} label={t('fields.comment')} value={comment} onChange={setComment} error={errors.fields.comment} maxLength={PLAN_LIMITS.comment} />
      <TextField id={fieldId('by')} label={t('fields.by')} value={by} onChange={setBy} error={errors.fields.by} required maxLength={PLAN_LIMITS.name} />
    </FormDialog>
  );
}
