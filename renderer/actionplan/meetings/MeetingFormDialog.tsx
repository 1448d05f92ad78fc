import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingSummary, type MeetingView, PLAN_LIMITS, type PlanId } from '../../../shared/actionplan/schema';
import { useApi } from '../../api/ApiContext';
import { FormDialog } from '../../common/FormDialog';
import { TextAreaField } from '../../common/TextAreaField';
import { TextField } from '../../common/TextField';
import { useSubmission } from '../../common/useSubmission';
import { formatAttendees, parseAttendees } from './meetingModel';

const FIELDS = ['date', 'title', 'attendees'] as const;

export interface MeetingFormDialogProps {
  readonly planId: PlanId;
  /** The meeting to reschedule; a new one (with its generated agenda) is created when omitted. */
  readonly meeting?: MeetingSummary;
  readonly onClose: () => void;
  readonly onSaved: (meeting: MeetingView['meeting']) => void;
}

export function MeetingFormDialog({ planId, meeting, onClose, onSaved }: MeetingFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [date, setDate] = useState(meeting?.date ?? '');
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [attendees, setAttendees] = useState(meeting ? formatAttendees(meeting.attendees) : '');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);

  const save = (): void => {
    void submit(async () => {
      const fields = { date, title, attendees: parseAttendees(attendees) };
      const saved = meeting ? await api.invoke('planMeeting.update', { id: meeting.id, ...fields }) : await api.invoke('planMeeting.create', { planId, ...fields });
      onSaved(saved.meeting);
    });
  };

  return (
    <FormDialog
      title={meeting ? t('meetings.form.editTitle') : t('meetings.form.createTitle')}
      submitLabel={meeting ? t('common.save') : t('meetings.form.create')}
      pending={pending}
      generalErrors={errors.general}
      onSubmit={save}
      onClose={onClose}
    >
      {meeting ? null : <p className="form__note">{t('meetings.form.agendaNote')}</p>}
      <TextField id={fieldId('date')} type="date" label={t('fields.date')} value={date} onChange={setDate} error={errors.fields.date} required />
      <TextField id={fieldId('title')} label={t('meetings.form.title')} value={title} onChange={setTitle} error={errors.fields.title} maxLength={PLAN_LIMITS.title} />
      <TextAreaField
        id={fieldId('attendees')}
        label={t('meetings.form.attendees')}
        value={attendees}
        onChange={setAttendees}
        error={errors.fields.attendees}
        rows={5}
      />
    </FormDialog>
  );
}
