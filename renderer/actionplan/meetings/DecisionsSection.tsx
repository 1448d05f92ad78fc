import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, MeetingView, PlanView } from '../../../shared/actionplan/schema';
import { toApiFailure } from '../../api/ApiFailure';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../common/EmptyState';
import { useToasts } from '../../common/toastContext';
import { useUndoableNotice } from '../../history/useUndoableNotice';
import { errorMessage } from '../../i18n/describeError';
import { decisionSentence } from './changeText';
import { DecisionForm } from './DecisionForm';
import { activitiesById } from './meetingModel';

/** The meeting's beslut, in the order taken, and the form that adds one. */
export function DecisionsSection({ view, plan }: { readonly view: MeetingView; readonly plan: PlanView }) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  const headingId = useId();
  const activities = activitiesById(plan);

  const remove = async (decision: Decision): Promise<void> => {
    try {
      await api.invoke('planDecision.delete', { id: decision.id });
      notice((t) => t('meetings.decisions.deleted'), 'planDecision.delete');
    } catch (failure) {
      show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) });
    }
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('meetings.decisions.heading')}
      </h2>
      {view.decisions.length === 0 ? (
        <EmptyState>
          <p>{t('meetings.decisions.empty')}</p>
        </EmptyState>
      ) : (
        <ol className="decisions" aria-labelledby={headingId}>
          {view.decisions.map((decision) => {
            const made = decision.activityId ? activities.get(decision.activityId) : undefined;
            return (
              <li key={decision.id} className="decisions__item">
                <span className="decisions__kind">{t(`plan.decisionKind.${decision.kind}`)}</span>
                <p className="decisions__text">{decisionSentence(t, decision)}</p>
                {made ? <p className="agenda__meta">{t('meetings.decisions.created', { what: made.activity.what })}</p> : null}
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  aria-label={t('meetings.decisions.deleteNamed', { text: decision.text })}
                  onClick={() => void remove(decision)}
                >
                  {t('common.delete')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <DecisionForm meetingId={view.meeting.id} plan={plan} />
    </section>
  );
}
