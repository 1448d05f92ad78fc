/**
 * The origin a new risk can name, as one select's values: free, one of the
 * programme's workshops, or one område of its handlingsplaner.
 */
import type { PlanView } from '../../shared/actionplan/schema';
import type { RiskOrigin } from '../../shared/risk/schema';
import type { Workshop } from '../../shared/workshop/schema';
import type { Translate } from '../i18n/translate';

export const FREE_ORIGIN = 'free';

export function originValue(origin: RiskOrigin): string {
  switch (origin.source) {
    case 'free':
      return FREE_ORIGIN;
    case 'workshop':
      return `workshop:${origin.workshopId}`;
    case 'area':
      return `area:${origin.areaId}`;
  }
}

/** The value back as the contract's origin; the ids are checked there. */
export function originOf(value: string): RiskOrigin {
  const [source, id = ''] = value.split(':');
  if (source === 'workshop') return { source, workshopId: id } as RiskOrigin;
  if (source === 'area') return { source, areaId: id } as RiskOrigin;
  return { source: 'free' };
}

export function originOptions(t: Translate, workshops: readonly Pick<Workshop, 'id' | 'title'>[], plans: readonly PlanView[]): { value: string; label: string }[] {
  return [
    { value: FREE_ORIGIN, label: t('risk.source.free') },
    ...workshops.map((w) => ({ value: `workshop:${w.id}`, label: t('risk.form.originWorkshop', { title: w.title }) })),
    ...plans.flatMap((plan) => plan.areas.map(({ area }) => ({ value: `area:${area.id}`, label: t('risk.form.originArea', { area: area.title, plan: plan.plan.title }) }))),
  ];
}
