import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityId, MeetingView } from '../../../shared/actionplan/schema';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { FormDialog } from '../../common/FormDialog';
import { Loading } from '../../common/Loading';
import { QueryError } from '../../common/QueryError';
import { useSubmission } from '../../common/useSubmission';
import { useUndoableNotice } from '../../history/useUndoableNotice';
import { carryChoices } from './meetingModel';
import { ProtocolSheet } from './ProtocolSheet';

/**
 * "Avsluta mötet": shows the protokoll closing would store, lets the team
 * untick unreached agenda items that should not follow to the next meeting,
 * then closes. Undo reopens the meeting.
 */
export function CloseMeetingDialog({ view, source, onClose }: { readonly view: MeetingView; readonly source: string; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const preview = useQuery('planMeeting.previewClose', { id: view.meeting.id });
  const [skip, setSkip] = useState<ReadonlySet<string>>(new Set());
  const { pending, errors, submit } = useSubmission([]);
  const choices = preview.data ? carryChoices(preview.data.carryOver, view.parked) : [];

  const toggle = (activityId: string, carries: boolean): void => {
    setSkip((current) => {
      const next = new Set(current);
      if (carries) next.delete(activityId);
      else next.add(activityId);
      return next;
    });
  };

  const close = (): void => {
    void submit(async () => {
      await api.invoke('planMeeting.close', { id: view.meeting.id, skip: [...skip] as ActivityId[] });
      onClose();
      notice((t) => t('meetings.close.done'), 'planMeeting.close');
    });
  };

  return (
    <FormDialog
      title={t('meetings.close.title')}
      submitLabel={t('meetings.close.confirm')}
      pending={pending || !preview.data}
      generalErrors={errors.general}
      onSubmit={close}
      onClose={onClose}
      hasRequiredFields={false}
    >
      <p>{t('meetings.close.lead')}</p>
      {preview.error ? <QueryError error={preview.error} onRetry={preview.reload} /> : null}
      {preview.data ? (
        <ProtocolSheet
          protocol={preview.data}
          source={source}
          carryOver={
            choices.length === 0 ? (
              <p className="protocol__none">{t('meetings.protocol.none')}</p>
            ) : (
              <ul className="protocol__list protocol__choices">
                {choices.map(({ key, activityId, label, skippable }) => (
                  <li key={key}>
                    {skippable && activityId ? (
                      <label className="checkbox">
                        <input type="checkbox" checked={!skip.has(activityId)} onChange={(event) => toggle(activityId, event.target.checked)} /> {label}
                      </label>
                    ) : (
                      <span>
                        {label} <span className="protocol__by">({t('meetings.close.parked')})</span>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        />
      ) : (
        <Loading />
      )}
    </FormDialog>
  );
}
