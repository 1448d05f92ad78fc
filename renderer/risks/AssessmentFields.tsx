/** Both ratings with their motivations, the score they make, who assesses and at which meeting. */
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../shared/actionplan/schema';
import { type Bands, RISK_LIMITS } from '../../shared/risk/schema';
import type { FormErrors } from '../i18n/describeError';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { type AssessmentDraft, NO_MEETING, type SetDraft } from './assessmentDraft';
import { RatingGroup } from './RatingGroup';
import { ScoreReadout } from './ScoreReadout';

export interface AssessmentFieldsProps {
  readonly draft: AssessmentDraft;
  readonly set: SetDraft;
  readonly by: string;
  readonly setBy: (name: string) => void;
  readonly bands: Bands;
  readonly plans: readonly PlanView[] | undefined;
  readonly errors: FormErrors;
  readonly fieldId: (name: string) => string;
}

export function AssessmentFields({ draft, set, by, setBy, bands, plans, errors, fieldId }: AssessmentFieldsProps) {
  const { t } = useTranslation();
  const meetings = (plans ?? []).flatMap((plan) => plan.meetings.map((meeting) => ({ value: meeting.id as string, label: t('risk.assess.meetingOption', { date: meeting.date, title: meeting.title, plan: plan.plan.title }) })));
  return (
    <>
      <RatingGroup
        scale="likelihood"
        id={fieldId('likelihood')}
        motivationId={fieldId('likelihoodMotivation')}
        value={draft.likelihood}
        motivation={draft.likelihoodMotivation}
        onChange={(value) => set('likelihood', value)}
        onMotivation={(text) => set('likelihoodMotivation', text)}
        error={errors.fields.likelihood}
        motivationError={errors.fields.likelihoodMotivation}
      />
      <RatingGroup
        scale="consequence"
        id={fieldId('consequence')}
        motivationId={fieldId('consequenceMotivation')}
        value={draft.consequence}
        motivation={draft.consequenceMotivation}
        onChange={(value) => set('consequence', value)}
        onMotivation={(text) => set('consequenceMotivation', text)}
        error={errors.fields.consequence}
        motivationError={errors.fields.consequenceMotivation}
      />
      <ScoreReadout likelihood={draft.likelihood} consequence={draft.consequence} bands={bands} />
      <div className="plan-form__row">
        <TextField id={fieldId('by')} label={t('risk.fields.by')} value={by} onChange={setBy} error={errors.fields.by} required maxLength={RISK_LIMITS.name} />
        <SelectField
          id={fieldId('meetingId')}
          label={t('risk.assess.meeting')}
          value={draft.meetingId}
          onChange={(value) => set('meetingId', value)}
          error={errors.fields.meetingId}
          options={[{ value: NO_MEETING, label: t('risk.assess.noMeeting') }, ...meetings]}
        />
      </div>
    </>
  );
}
