import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingId, PlanId } from '../../../shared/actionplan/schema';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { isNotFound } from '../../api/isNotFound';
import { useQuery } from '../../api/useQuery';
import { Breadcrumbs } from '../../common/Breadcrumbs';
import { formatCalendarDate } from '../../common/format';
import { Loading } from '../../common/Loading';
import { NotFound } from '../../common/NotFound';
import { QueryError } from '../../common/QueryError';
import { useToasts } from '../../common/toastContext';
import { ViewHeading } from '../../common/ViewHeading';
import { AgendaSection } from './AgendaSection';
import { AttendeeList } from './AttendeeList';
import { CloseMeetingDialog } from './CloseMeetingDialog';
import { DecisionsSection } from './DecisionsSection';
import { meetingCrumbs, meetingName, protocolSource } from './meetingLinks';
import { MeetingFormDialog } from './MeetingFormDialog';
import { ParkedSection } from './ParkedSection';
import { ProtocolSheet } from './ProtocolSheet';
import './meetings.css';
import { ProtocolExportButton } from '../export/ProtocolExportButton';

/** One follow-up meeting: walked while open, its protokoll once closed. */
export function MeetingPage({ planId, meetingId }: { readonly planId: string; readonly meetingId: string }) {
  const { t, i18n } = useTranslation();
  const { show } = useToasts();
  const plan = useQuery('plan.get', { id: planId as PlanId });
  const view = useQuery('planMeeting.get', { id: meetingId as MeetingId });
  const [dialog, setDialog] = useState<'edit' | 'close' | null>(null);
  const meeting = view.data?.meeting;
  const name = meeting ? meetingName(meeting, i18n.language) : undefined;
  const missing = isNotFound(plan.error) || isNotFound(view.error) || (meeting !== undefined && meeting.planId !== planId);
  useDocumentTitle(name ? t('meetings.page.documentTitle', { name }) : missing ? t('meetings.notFoundTitle') : undefined);

  if (missing) return <NotFound title={t('meetings.notFoundTitle')} message={t('meetings.notFoundMessage')} />;
  const error = plan.error ?? view.error;
  if (error) return <QueryError error={error} onRetry={() => (plan.error ? plan.reload() : view.reload())} />;
  if (!plan.data || !view.data || !meeting || !name) return <Loading />;
  const open = meeting.status === 'open';

  return (
    <section className="view meeting">
      <Breadcrumbs crumbs={meetingCrumbs(t, i18n.language, plan.data, meeting)} />
      <div className="view__header">
        <div>
          <ViewHeading>{t('meetings.page.title', { name })}</ViewHeading>
          <p className="view__lead">
            <time dateTime={meeting.date}>{formatCalendarDate(meeting.date, i18n.language)}</time> · {t(`meetings.status.${meeting.status}`)}
          </p>
        </div>
        <div className="section__actions meeting__tools">
          {open ? (
            <>
              <button type="button" className="button" onClick={() => setDialog('edit')}>
                {t('meetings.reschedule')}
              </button>
              <button type="button" className="button button--primary" onClick={() => setDialog('close')}>
                {t('meetings.close.open')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={() => window.print()}>
                {t('meetings.protocol.print')}
              </button>
              <ProtocolExportButton meetingId={meeting.id} meetingDate={meeting.date} />
            </>
          )}
        </div>
      </div>

      {open ? (
        <>
          <section className="section" aria-labelledby={`${meeting.id}-attendees`}>
            <h2 id={`${meeting.id}-attendees`} className="section__title">
              {t('fields.attendees')}
            </h2>
            <AttendeeList attendees={meeting.attendees} />
          </section>
          <AgendaSection view={view.data} plan={plan.data} />
          <DecisionsSection view={view.data} plan={plan.data} />
          <ParkedSection view={view.data} plan={plan.data} />
        </>
      ) : (
        <>
          <p className="meeting__closed-note">{t('meetings.protocol.closedNote')}</p>
          {view.data.protocol ? <ProtocolSheet protocol={view.data.protocol} source={protocolSource(plan.data)} /> : null}
        </>
      )}

      {dialog === 'edit' ? (
        <MeetingFormDialog
          planId={plan.data.plan.id}
          meeting={meeting}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            show({ message: (t) => t('meetings.form.saved') });
          }}
        />
      ) : null}
      {dialog === 'close' ? <CloseMeetingDialog view={view.data} source={protocolSource(plan.data)} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
