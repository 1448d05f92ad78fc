import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/actionplan/schema';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { useUndoableNotice } from '../../history/useUndoableNotice';
import { meetingName } from './meetingLinks';

export function DeleteMeetingDialog({ meeting, onClose }: { readonly meeting: MeetingSummary; readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const notice = useUndoableNotice();
  const name = meetingName(meeting, i18n.language);
  return (
    <ConfirmDialog
      title={t('meetings.delete.title')}
      message={t('meetings.delete.message', { name })}
      confirmLabel={t('meetings.delete.confirm')}
      danger
      returnFocus="heading"
      onClose={onClose}
      onConfirm={async () => {
        await api.invoke('planMeeting.delete', { id: meeting.id });
        notice((t) => t('meetings.delete.done', { name }), 'planMeeting.delete');
      }}
    />
  );
}
