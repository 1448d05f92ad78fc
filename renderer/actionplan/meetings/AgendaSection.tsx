import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView, PlanView } from '../../../shared/actionplan/schema';
import { EmptyState } from '../../common/EmptyState';
import { AgendaEntry } from './AgendaEntry';
import { activitiesById, agendaRows } from './meetingModel';

/** The generated agenda, walked top to bottom during the meeting. */
export function AgendaSection({ view, plan }: { readonly view: MeetingView; readonly plan: PlanView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = useMemo(() => agendaRows(view.meeting.agenda, activitiesById(plan)), [view.meeting.agenda, plan]);
  // Who takes the minutes rarely changes within a meeting, so the last name used is offered again.
  const [by, setBy] = useState(view.meeting.attendees[0]?.name ?? '');

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('meetings.agenda.heading')}
      </h2>
      {rows.length === 0 ? (
        <EmptyState>
          <p>{t('meetings.agenda.empty')}</p>
        </EmptyState>
      ) : (
        <ol className="agenda" aria-labelledby={headingId}>
          {rows.map((row) => (
            <AgendaEntry key={row.key} row={row} view={view} by={by} onBy={setBy} />
          ))}
        </ol>
      )}
    </section>
  );
}
