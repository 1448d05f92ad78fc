import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../shared/actionplan/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { formatCalendarDate } from '../../common/format';
import { useToasts } from '../../common/toastContext';
import { errorMessage } from '../../i18n/describeError';
import { ActivityTimeline } from './ActivityTimeline';
import { ActivityState } from './ActivityState';
import { changeSummary } from './changeText';
import type { AgendaRow } from './meetingModel';
import { ProgressDialog } from './ProgressDialog';

export interface AgendaEntryProps {
  readonly row: AgendaRow;
  readonly view: MeetingView;
  readonly by: string;
  readonly onBy: (by: string) => void;
}

export function AgendaEntry({ row, view, by, onBy }: AgendaEntryProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const [recording, setRecording] = useState(false);
  const [timeline, setTimeline] = useState(false);
  const { item, placed } = row;
  const reasons = item.reasons.map((reason) => t(`meetings.agenda.reasons.${reason}`)).join(', ');

  if (!placed) {
    return (
      <li className="agenda__item agenda__item--text">
        <p className="agenda__what">{item.texts.join(' ')}</p>
        <p className="agenda__meta">{reasons}</p>
      </li>
    );
  }

  const { activity } = placed;
  const recorded = view.changes.filter((change) => change.activityId === activity.id);
  const parked = view.parked.find((entry) => entry.activityId === activity.id);

  const park = async (): Promise<void> => {
    try {
      await api.invoke('planMeeting.park', { meetingId: view.meeting.id, activityId: activity.id });
      show({ message: (t) => t('meetings.agenda.parkedDone', { what: activity.what }) });
    } catch (failure) {
      show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    }
  };

  return (
    <li className="agenda__item">
      <h3 className="agenda__what">{activity.what}</h3>
      <p className="agenda__meta">
        {placed.goalTitle ? `${placed.areaTitle} › ${placed.goalTitle}` : placed.areaTitle}
        {activity.responsibleName ? ` · ${t('fields.responsibleName')}: ${activity.responsibleName}` : ''}
        {activity.due ? ` · ${t('fields.due')}: ${formatCalendarDate(activity.due, i18n.language)}` : ''}
      </p>
      <p className="agenda__meta">{t('meetings.agenda.why', { reasons })}</p>
      {item.texts.length > 0 ? (
        <ul className="agenda__notes">
          {item.texts.map((text, index) => (
            <li key={`${index}-${text}`}>{text}</li>
          ))}
        </ul>
      ) : null}
      <ActivityState activity={activity} />
      {recorded.length > 0 ? (
        <ul className="agenda__recorded" aria-label={t('meetings.agenda.recordedHere', { what: activity.what })}>
          {recorded.map((change) => (
            <li key={change.id}>
              {changeSummary(t, change)}
              {change.comment ? ` – ${change.comment}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="card__actions">
        <button type="button" className="button button--small" aria-label={t('meetings.agenda.recordNamed', { what: activity.what })} onClick={() => setRecording(true)}>
          {t('meetings.agenda.record')}
        </button>
        {parked ? (
          <span className="badge badge--neutral">{t('meetings.agenda.isParked')}</span>
        ) : (
          <button type="button" className="button button--small" aria-label={t('meetings.agenda.parkNamed', { what: activity.what })} onClick={() => void park()}>
            {t('meetings.agenda.park')}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          aria-expanded={timeline}
          aria-label={t('meetings.timeline.toggleNamed', { what: activity.what })}
          onClick={() => setTimeline((shown) => !shown)}
        >
          {t(timeline ? 'meetings.timeline.hide' : 'meetings.timeline.show')}
        </button>
      </div>
      {timeline ? <ActivityTimeline activity={activity} /> : null}
      {recording ? (
        <ProgressDialog
          activity={activity}
          meetingId={view.meeting.id}
          by={by}
          onClose={() => setRecording(false)}
          onSaved={(who) => {
            setRecording(false);
            onBy(who);
            show({ message: (t) => t('meetings.progress.saved', { what: activity.what }) });
          }}
        />
      ) : null}
    </li>
  );
}
