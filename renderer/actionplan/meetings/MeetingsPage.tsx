import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary, PlanId } from '../../../shared/actionplan/schema';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { navigate } from '../../app/router';
import { isNotFound } from '../../api/isNotFound';
import { useQuery } from '../../api/useQuery';
import { Breadcrumbs } from '../../common/Breadcrumbs';
import { EmptyState } from '../../common/EmptyState';
import { Loading } from '../../common/Loading';
import { NotFound } from '../../common/NotFound';
import { QueryError } from '../../common/QueryError';
import { useToasts } from '../../common/toastContext';
import { ViewHeading } from '../../common/ViewHeading';
import { DeleteMeetingDialog } from './DeleteMeetingDialog';
import { meetingCrumbs, planHref } from './meetingLinks';
import { MeetingFormDialog } from './MeetingFormDialog';
import { MeetingListItem } from './MeetingListItem';
import './meetings.css';

type DialogState =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly meeting: MeetingSummary }
  | { readonly kind: 'delete'; readonly meeting: MeetingSummary }
  | null;

/** A plan's follow-up meetings, oldest first, as the plan's meeting history. */
export function MeetingsPage({ planId }: { readonly planId: string }) {
  const { t, i18n } = useTranslation();
  const { show } = useToasts();
  const headingId = useId();
  const { data: plan, error, reload } = useQuery('plan.get', { id: planId as PlanId });
  const [dialog, setDialog] = useState<DialogState>(null);
  const close = (): void => setDialog(null);
  useDocumentTitle(plan ? `${t('meetings.heading')} – ${plan.plan.title}` : isNotFound(error) ? t('meetings.planNotFoundTitle') : undefined);

  if (isNotFound(error)) return <NotFound title={t('meetings.planNotFoundTitle')} message={t('meetings.planNotFoundMessage')} />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!plan) return <Loading />;

  return (
    <section className="view meetings">
      <Breadcrumbs crumbs={meetingCrumbs(t, i18n.language, plan)} />
      <div className="view__header">
        <div>
          <ViewHeading>{t('meetings.heading')}</ViewHeading>
          <p className="view__lead">{t('meetings.lead', { plan: plan.plan.title })}</p>
          <p>
            <a href={planHref(plan.plan.id)}>{t('meetings.backToPlan')}</a>
          </p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('meetings.new')}
        </button>
      </div>

      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId} className="section__title">
          {t('meetings.history')}
        </h2>
        {plan.meetings.length === 0 ? (
          <EmptyState>
            <p>{t('meetings.empty')}</p>
          </EmptyState>
        ) : (
          <ul className="card-list card-list--compact" aria-labelledby={headingId}>
            {plan.meetings.map((meeting) => (
              <MeetingListItem
                key={meeting.id}
                meeting={meeting}
                onEdit={(m) => setDialog({ kind: 'edit', meeting: m })}
                onDelete={(m) => setDialog({ kind: 'delete', meeting: m })}
              />
            ))}
          </ul>
        )}
      </section>

      {dialog?.kind === 'create' ? (
        <MeetingFormDialog
          planId={plan.plan.id}
          onClose={close}
          onSaved={(created) => {
            close();
            navigate({ view: 'planMeeting', planId: plan.plan.id, meetingId: created.id });
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <MeetingFormDialog
          planId={plan.plan.id}
          meeting={dialog.meeting}
          onClose={close}
          onSaved={() => {
            close();
            show({ message: (t) => t('meetings.form.saved') });
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? <DeleteMeetingDialog meeting={dialog.meeting} onClose={close} /> : null}
    </section>
  );
}
