/** The way back from the workshop: which plan områden and activities its prioritised areas became, each linking to the plan. */
import { useTranslation } from 'react-i18next';
import type { WorkshopLink } from '../../shared/actionplan/schema';
import { OverdueBadge } from '../actionplan/ActivityBadges';
import { routeHref } from '../app/router';
import '../actionplan/plan.css';

export function WorkshopPlanLinks({ links }: { readonly links: readonly WorkshopLink[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return <p className="muted">{t('plan.summaryLinks.none')}</p>;
  return (
    <ul className="plan-summary-links">
      {links.map((link) => (
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
