/**
 * A risk's actions: the handlingsplan activities that treat it, with their
 * status and whether they are late. One is linked by picking a plan and an
 * activity, or created in an område; unlinking leaves the activity in the plan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivityId, PLAN_LIMITS, type PlanAreaId } from '../../shared/actionplan/schema';
import type { RiskRow } from '../../shared/risk/schema';
import { areaActivities } from '../actionplan/planDialogs';
import { routeHref } from '../app/router';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { Dialog } from '../common/Dialog';
import { ErrorAlert } from '../common/ErrorAlert';
import { SelectField } from '../common/SelectField';
import { TextField } from '../common/TextField';
import { useToasts } from '../common/toastContext';
import { useSubmission } from '../common/useSubmission';
import { useUndoableNotice } from '../history/useUndoableNotice';
import { errorMessage } from '../i18n/describeError';
import { unnestIssues } from './unnestIssues';
import { useProgrammePlans } from './useProgrammePlans';
import type { RiskWords } from './riskWords';

const FIELDS = ['activityId', 'areaId', 'what', 'responsibleName', 'due'] as const;
const NONE = '';

export interface RiskActionsDialogProps {
  readonly risk: RiskRow;
  readonly programmeId: string;
  readonly words: RiskWords;
  readonly onClose: () => void;
}

export function RiskActionsDialog({ risk, programmeId, words, onClose }: RiskActionsDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const notice = useUndoableNotice();
  const plans = useProgrammePlans(programmeId);
  const [planId, setPlanId] = useState(NONE);
  const [activityId, setActivityId] = useState(NONE);
  const [areaId, setAreaId] = useState(NONE);
  const [what, setWhat] = useState('');
  const [responsibleName, setResponsibleName] = useState('');
  const [due, setDue] = useState('');
  const linking = useSubmission(FIELDS);
  const creating = useSubmission(FIELDS);

  const linked = new Set(risk.actions.map((a) => a.activityId as string));
  const plan = plans?.find((p) => p.plan.id === planId);
  const activities = plan ? plan.areas.flatMap((area) => areaActivities(area).map((a) => ({ value: a.id as string, label: `${area.area.title}: ${a.what}` }))).filter((o) => !linked.has(o.value)) : [];
  const areas = (plans ?? []).flatMap((p) => p.areas.map(({ area }) => ({ value: area.id as string, label: t('risk.form.originArea', { area: area.title, plan: p.plan.title }) })));

  const link = (): void => {
    void linking.submit(async () => {
      const action = await api.invoke('riskAction.create', { kind: 'link', riskId: risk.id, activityId: activityId as ActivityId });
      setActivityId(NONE);
      show({ message: (t) => t('risk.actions.linked', { what: action.what, code: risk.code }) });
    });
  };
  const create = (): void => {
    void creating.submit(async () => {
      const action = await api.invoke('riskAction.create', {
        kind: 'create',
        riskId: risk.id,
        activity: { areaId: areaId as PlanAreaId, what, responsibleName, due: due || null },
      }).catch((failure: unknown) => {
        throw unnestIssues(failure, 'activity');
      });
      setWhat('');
      setResponsibleName('');
      setDue('');
      show({ message: (t) => t('risk.actions.created', { what: action.what, code: risk.code }) });
    });
  };
  const unlink = (id: RiskRow['actions'][number]['id'], name: string): void => {
    api
      .invoke('riskAction.delete', { id })
      .then(() => notice((t) => t('risk.actions.unlinked', { what: name, code: risk.code }), 'riskAction.delete'))
      .catch((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }));
  };

  return (
    <Dialog title={t('risk.actions.title', { code: risk.code, title: risk.title })} onClose={onClose} className="risk-dialog--wide">
      {risk.actions.length === 0 ? <p className="muted">{t('risk.actions.empty')}</p> : null}
      {risk.actions.length > 0 ? (
        <ul className="risk-actions">
          {risk.actions.map((action) => (
            <li key={action.id} className="risk-actions__item">
              <a href={routeHref({ view: 'plan', id: action.planId, activity: action.activityId })}>{action.what}</a>
              <span className="muted">
                {' '}
                {t('risk.actions.where', { plan: action.planTitle, area: action.areaTitle })} · {t(`plan.activityStatus.${action.status}`, { defaultValue: action.status })}
                {action.due ? ` · ${t('risk.actions.due', { date: words.date(action.due) })}` : null}
              </span>
              {action.overdue ? <span className="plan-badge plan-badge--overdue">{t('risk.actions.overdue')}</span> : null}
              <button type="button" className="button button--small" aria-label={t('risk.actions.unlinkNamed', { what: action.what })} onClick={() => unlink(action.id, action.what)}>
                {t('risk.actions.unlink')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="form risk-actions__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!linking.pending) link();
        }}
      >
        <h3 className="risk-details__title">{t('risk.actions.linkHeading')}</h3>
        <div className="plan-form__row">
          <SelectField
            id={linking.fieldId('planId')}
            label={t('risk.actions.plan')}
            value={planId}
            onChange={(value) => {
              setPlanId(value);
              setActivityId(NONE);
            }}
            options={[{ value: NONE, label: t('risk.actions.choosePlan') }, ...(plans ?? []).map((p) => ({ value: p.plan.id as string, label: p.plan.title }))]}
          />
          <SelectField
            id={linking.fieldId('activityId')}
            label={t('risk.actions.activity')}
            value={activityId}
            onChange={setActivityId}
            error={linking.errors.fields.activityId}
            required
            options={[{ value: NONE, label: t('risk.actions.chooseActivity') }, ...activities]}
          />
        </div>
        {linking.errors.general.length > 0 ? <ErrorAlert>{linking.errors.general.join(' ')}</ErrorAlert> : null}
        <button type="submit" className="button" aria-disabled={linking.pending || undefined}>
          {t('risk.actions.link')}
        </button>
      </form>
      <form
        className="form risk-actions__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!creating.pending) create();
        }}
      >
        <h3 className="risk-details__title">{t('risk.actions.createHeading')}</h3>
        <SelectField
          id={creating.fieldId('areaId')}
          label={t('risk.actions.area')}
          value={areaId}
          onChange={setAreaId}
          error={creating.errors.fields.areaId}
          required
          options={[{ value: NONE, label: t('risk.actions.chooseArea') }, ...areas]}
        />
        <TextField id={creating.fieldId('what')} label={t('plan.activity.what')} value={what} onChange={setWhat} error={creating.errors.fields.what} required maxLength={PLAN_LIMITS.what} />
        <div className="plan-form__row">
          <TextField id={creating.fieldId('responsibleName')} label={t('plan.activity.responsibleName')} value={responsibleName} onChange={setResponsibleName} error={creating.errors.fields.responsibleName} maxLength={PLAN_LIMITS.name} />
          <TextField id={creating.fieldId('due')} type="date" label={t('plan.activity.due')} value={due} onChange={setDue} error={creating.errors.fields.due} />
        </div>
        {creating.errors.general.length > 0 ? <ErrorAlert>{creating.errors.general.join(' ')}</ErrorAlert> : null}
        <button type="submit" className="button" aria-disabled={creating.pending || undefined}>
          {t('risk.actions.create')}
        </button>
      </form>
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('risk.register.close')}
        </button>
      </div>
    </Dialog>
  );
}
