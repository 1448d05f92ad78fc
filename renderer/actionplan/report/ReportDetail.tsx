import { useTranslation } from 'react-i18next';
import type { Activity, PlanView } from '../../../shared/actionplan/schema';
import { HealthText } from './HealthText';
import { scheduleText } from './scheduleText';

const COLUMNS = ['what', 'responsible', 'schedule', 'status', 'health'] as const;

function ActivityRow({ activity: a }: { readonly activity: Activity }) {
  const { t } = useTranslation();
  const organisation = [a.responsibleOrganisation, a.responsibleHuvudman ? `(${t(`huvudman.${a.responsibleHuvudman}`)})` : ''].filter(Boolean).join(' ');
  return (
    <tr>
      <th scope="row">{a.what}</th>
      <td>
        {a.responsibleName}
        {organisation ? <span className="plan-report__sub">{organisation}</span> : null}
      </td>
      <td>
        {scheduleText(t, a.start, a.due)}
        {a.overdue ? <span className="plan-report__overdue">{t('planReport.overdueBadge')}</span> : null}
      </td>
      <td>{t(`plan.activityStatus.${a.status}`)}</td>
      <td>
        <HealthText health={a.health} />
        {a.healthReason ? <span className="plan-report__sub">{a.healthReason}</span> : null}
      </td>
    </tr>
  );
}

function GroupRow({ label }: { readonly label: string }) {
  return (
    <tr className="plan-report__group">
      <th scope="colgroup" colSpan={COLUMNS.length}>
        {label}
      </th>
    </tr>
  );
}

/** The plan in full: per område its delmål and a table of activities, grouped as in the plan. */
export function ReportDetail({ view }: { readonly view: PlanView }) {
  const { t } = useTranslation();
  return view.areas.map(({ area, progress, goals, activities }) => (
    <section key={area.id} className="plan-report__section plan-report__area" aria-labelledby={`plan-report-area-${area.id}`}>
      <h3 id={`plan-report-area-${area.id}`} className="plan-report__section-title">
        {area.title}
      </h3>
      {area.description ? <p className="plan-report__description">{area.description}</p> : null}
      <p className="muted">{t('planReport.areaProgress', { done: progress.done, counted: progress.counted })}</p>
      <div className="table-wrap">
        <table className="table plan-report__table">
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col">
                  {t(`planReport.columns.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {goals.map(({ goal, activities: own }) => [
              <GroupRow key={goal.id} label={t('planReport.goal', { title: goal.title })} />,
              ...own.map((a) => <ActivityRow key={a.id} activity={a} />),
            ])}
            {goals.length > 0 && activities.length > 0 ? <GroupRow label={t('planReport.withoutGoal')} /> : null}
            {activities.map((a) => (
              <ActivityRow key={a.id} activity={a} />
            ))}
            {goals.length === 0 && activities.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="muted">
                  {t('planReport.noActivities')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  ));
}
