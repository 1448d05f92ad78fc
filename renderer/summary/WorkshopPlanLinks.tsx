/** The way back from the workshop: which plan områden and activities its prioritised areas became, each linking to the plan. */
import { useTranslation } from 'react-i18next';
import type { WorkshopId } from '../../shared/workshop/schema';
import { OverdueBadge } from '../actionplan/ActivityBadges';
import { routeHref } from '../app/router';
import { useQuery } from '../api/useQuery';
import { Loading } from '../common/Loading';
import { QueryError } from '../common/QueryError';
import '../actionplan/plan.css';

export function WorkshopPlanLinks({ workshopId }: { readonly workshopId: WorkshopId }) {
  const { t } = useTranslation();
  const links = useQuery('plan.workshopLinks', { workshopId });
  if (links.error) return <QueryError error={links.error} onRetry={links.reload} />;
  if (!links.data) return <Loading />;
  if (links.data.length === 0) return <p className="muted">{t('plan.summaryLinks.none')}</p>;
  return (
    <ul className="plan-summary-links">
      {links.data.map((link) => (
        <li key={link.areaId}>
          <strong>{link.improvementAreaTitle}</strong>: <a href={routeHref({ view: 'plan', id: link.planId })}>{t('plan.summaryLinks.area', { area: link.areaTitle, plan: link.planTitle })}</a>
          {link.activities.length === 0 ? (
            <p className="muted">{t('plan.summaryLinks.noActivities')}</p>
          ) : (
            <ul>
              {link.activities.map((activity) => (
                <li key={activity.id}>
                  <a href={routeHref({ view: 'plan', id: link.planId, activity: activity.id })}>{activity.what}</a> ({t(`plan.activityStatus.${activity.status}`)}){' '}
                  <OverdueBadge overdue={activity.overdue} label={t('plan.activity.overdue')} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
