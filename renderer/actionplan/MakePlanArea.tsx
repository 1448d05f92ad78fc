/**
 * On the programme page, beside each improvement area: the plan områden it
 * became, or one button that makes it one (asking which plan only when
 * there are several).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanId } from '../../shared/actionplan/schema';
import type { ImprovementArea } from '../../shared/outcome/schema';
import { routeHref } from '../app/router';
import { toApiFailure } from '../api/ApiFailure';
import { useApi } from '../api/ApiContext';
import { useToasts } from '../common/toastContext';
import { errorMessage } from '../i18n/describeError';
import { PickPlanDialog } from './PickPlanDialog';
import type { LinkedArea } from './useLinkedAreas';

export interface MakePlanAreaProps {
  readonly area: ImprovementArea;
  readonly plans: readonly { readonly id: PlanId; readonly title: string }[];
  readonly linked: readonly LinkedArea[];
}

export function MakePlanArea({ area, plans, linked }: MakePlanAreaProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { show } = useToasts();
  const [picking, setPicking] = useState(false);

  const make = async (planId: PlanId): Promise<void> => {
    await api.invoke('planArea.fromImprovementArea', { planId, improvementAreaId: area.id });
    setPicking(false);
    show({ message: (t) => t('plan.fromArea.made', { title: area.title, plan: plans.find((p) => p.id === planId)?.title ?? '' }) });
  };

  const start = (): void => {
    if (plans.length === 0) show({ tone: 'error', message: (t) => t('plan.fromArea.noPlan') });
    else if (plans.length === 1) make(plans[0]!.id).catch((failure: unknown) => show({ tone: 'error', message: (t) => errorMessage(t, toApiFailure(failure)) }));
    else setPicking(true);
  };

  const unlinked = plans.filter((plan) => !linked.some((link) => link.planId === plan.id));
  return (
    <div className="plan-links">
      {linked.map((link) => (
        <a key={link.areaId} href={routeHref({ view: 'plan', id: link.planId })}>
          {t('plan.fromArea.linked', { plan: link.planTitle })}
        </a>
      ))}
      {linked.length === 0 || unlinked.length > 0 ? (
        <button type="button" className="button button--small" aria-label={t('plan.fromArea.makeNamed', { title: area.title })} onClick={start}>
          {t('plan.fromArea.make')}
        </button>
      ) : null}
      {picking ? <PickPlanDialog areaTitle={area.title} plans={linked.length > 0 ? unlinked : plans} onPick={make} onClose={() => setPicking(false)} /> : null}
    </div>
  );
}
