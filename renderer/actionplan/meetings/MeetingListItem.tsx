import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/actionplan/schema';
import { routeHref } from '../../app/router';
import { useQuery } from '../../api/useQuery';
import { formatCalendarDate } from '../../common/format';
import { meetingCounts } from './meetingModel';
import { meetingName } from './meetingLinks';

export interface MeetingListItemProps {
  readonly meeting: MeetingSummary;
  readonly onEdit: (meeting: MeetingSummary) => void;
  readonly onDelete: (meeting: MeetingSummary) => void;
}

export function MeetingListItem({ meeting, onEdit, onDelete }: MeetingListItemProps) {
  const { t, i18n } = useTranslation();
  const name = meetingName(meeting, i18n.language);
  // The list answer has no counts; a plan holds a handful of meetings, so each row reads its own.
  const { data: view } = useQuery('planMeeting.get', { id: meeting.id });
  const counts = view ? meetingCounts(view) : null;
  const open = meeting.status === 'open';

  return (
    <li className="card meeting-card">
      <h3 className="card__title">
        <a href={routeHref({ view: 'planMeeting', planId: meeting.planId, meetingId: meeting.id })}>{name}</a>
      </h3>
      <dl className="facts facts--inline">
        <div className="facts__row">
          <dt>{t('fields.date')}</dt>
          <dd>
            <time dateTime={meeting.date}>{formatCalendarDate(meeting.date, i18n.language)}</time>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('fields.status')}</dt>
          <dd>{t(`meetings.status.${meeting.status}`)}</dd>
        </div>
        {counts ? (
          <div className="facts__row">
            <dt>{t('meetings.recorded')}</dt>
            <dd>
              {t('meetings.decisionCount', { count: counts.decisions })}, {t('meetings.changeCount', { count: counts.changes })}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="card__actions">
        {open ? (
          <button type="button" className="button button--small" aria-label={t('meetings.rescheduleNamed', { name })} onClick={() => onEdit(meeting)}>
            {t('meetings.reschedule')}
          </button>
        ) : null}
        <button type="button" className="button button--small button--danger-quiet" aria-label={t('meetings.deleteNamed', { name })} onClick={() => onDelete(meeting)}>
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
