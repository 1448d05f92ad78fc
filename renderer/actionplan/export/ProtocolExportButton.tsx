import { useTranslation } from 'react-i18next';
import type { MeetingId } from '../../../shared/actionplan/schema';
import { useExportDownload } from './useExportDownload';

/** A meeting's protokoll as a Word file; the accessible name says which meeting. */
export function ProtocolExportButton({ meetingId, meetingDate }: { readonly meetingId: string; readonly meetingDate: string }) {
  const { t } = useTranslation();
  const { download, busy } = useExportDownload();
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={t('planReport.exportProtocolLabel', { date: meetingDate })}
      aria-busy={busy !== null}
      onClick={() => void download('planMeeting.exportDocx', { meetingId: meetingId as MeetingId })}
    >
      {t('planReport.exportProtocol')}
    </button>
  );
}
