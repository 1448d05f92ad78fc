/** The programme's handlingsplaner: each with its period, status and progress, and a way to start a new one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeId } from '../../shared/programme/schema';
import { routeHref } from '../app/router';
import { useQuery } from '../api/useQuery';
import { ListSection } from '../common/ListSection';
import { useToasts } from '../common/toastContext';
import type { Plan } from '../../shared/actionplan/schema';
import { DeletePlanDialog } from './DeletePlanDialog';
import { PlanFormDialog } from './PlanFormDialog';
import { dateRange } from './planFormat';
import { progressExplanation, progressFigure } from './progressText';
import './plan.css';

export function PlansSection({ programmeId }: { readonly programmeId: string }) {
  const { t, i18n } = useTranslation();
  const { show } = useToasts();
  const plans = useQuery('plan.list', { programmeId: programmeId as ProgrammeId });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Plan | null>(null);
  const [deleting, setDeleting] = useState<Plan | null>(null);

  return (
    <ListSection
      heading={t('plan.plans.heading')}
      newLabel={t('plan.plans.new')}
      onNew={() => setCreating(true)}
      lead={t('plan.plans.lead')}
      empty={t('plan.plans.empty')}
      items={plans}
      dialogs={
        <>
          {creating ? (
            <PlanFormDialog
              programmeId={programmeId}
              onClose={() => setCreating(false)}
              onSaved={(plan) => {
                setCreating(false);
                show({ message: (t) => t('plan.plans.created', { title: plan.title }) });
              }}
            />
          ) : null}
          {editing ? (
            <PlanFormDialog
              programmeId={programmeId}
              plan={editing}
              onClose={() => setEditing(null)}
              onSaved={(plan) => {
                setEditing(null);
                show({ message: (t) => t('plan.plans.saved', { title: plan.title }) });
              }}
            />
          ) : null}
          {deleting ? <DeletePlanDialog plan={deleting} onClose={() => setDeleting(null)} /> : null}
        </>
      }
    >
      {(list) => (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('plan.plans.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.plans.columns.title')}</th>
                  <th scope="col">{t('plan.plans.columns.period')}</th>
                  <th scope="col">{t('plan.plans.columns.status')}</th>
                  <th scope="col">{t('plan.plans.columns.progress')}</th>
                  <th scope="col" className="numeric">
                    {t('plan.plans.columns.overdue')}
                  </th>
                  <th scope="col">{t('plan.plans.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row">
                      <a href={routeHref({ view: 'plan', id: plan.id })}>{plan.title}</a>
                    </th>
                    <td>{dateRange(t, i18n.language, plan.periodStart, plan.periodEnd, t('plan.period.none'))}</td>
                    <td>{t(`plan.status.${plan.status}`)}</td>
                    <td>
                      {progressFigure(plan.progress)} <span className="muted">({progressExplanation(t, plan.progress)})</span>
                    </td>
                    <td className="numeric">{plan.overdue}</td>
                    <td>
                      <div className="card__actions">
                        <button type="button" className="button button--small" aria-label={t('plan.plans.editNamed', { title: plan.title })} onClick={() => setEditing(plan)}>
                          {t('plan.plans.edit')}
                        </button>
                        <button type="button" className="button button--small button--danger-quiet" aria-label={t('plan.plans.deleteNamed', { title: plan.title })} onClick={() => setDeleting(plan)}>
                          {t('plan.plans.delete')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
      )}
    </ListSection>
  );
}
