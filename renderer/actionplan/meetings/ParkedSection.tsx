import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingView, type ParkedItem, PLAN_LIMITS, type PlanView } from '../../../shared/actionplan/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../common/EmptyState';
import { TextField } from '../../common/TextField';
import { useToasts } from '../../common/toastContext';
import { useSubmission } from '../../common/useSubmission';
import { errorMessage } from '../../i18n/describeError';
import { activitiesById } from './meetingModel';

const FIELDS = ['text'] as const;

/** What this meeting hands to the next one on purpose: parked activities and free-text points. */
export function ParkedSection({ view, plan }: { readonly view: MeetingView; readonly plan: PlanView }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const headingId = useId();
  const activities = activitiesById(plan);
  const [text, setText] = useState('');
  const { pending, errors, fieldId, submit } = useSubmission(FIELDS);
  const label = (item: ParkedItem): string => {
    const what = item.activityId ? (activities.get(item.activityId)?.activity.what ?? '') : '';
    return [what, item.text].filter(Boolean).join(' – ');
  };

  const unpark = async (item: ParkedItem): Promise<void> => {
    try {
      await api.invoke('planMeeting.unpark', { id: item.id });
      show({ message: (t) => t('meetings.parked.removed', { what: label(item) }) });
    } catch (failure) {
      show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    }
  };

  const park = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (pending) return;
    void submit(async () => {
      await api.invoke('planMeeting.park', { meetingId: view.meeting.id, text });
      setText('');
    });
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('meetings.parked.heading')}
      </h2>
      {view.parked.length === 0 ? (
        <EmptyState>
          <p>{t('meetings.parked.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="parked" aria-labelledby={headingId}>
          {view.parked.map((item) => (
            <li key={item.id} className="parked__item">
              <span>{label(item)}</span>
              <button type="button" className="button button--small" aria-label={t('meetings.parked.unparkNamed', { what: label(item) })} onClick={() => void unpark(item)}>
                {t('meetings.parked.unpark')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form parked__form" noValidate onSubmit={park}>
        <TextField id={fieldId('text')} label={t('meetings.parked.free')} value={text} onChange={setText} error={errors.fields.text} maxLength={PLAN_LIMITS.comment} />
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {t('meetings.parked.add')}
        </button>
      </form>
    </section>
  );
}
